// /about: the corpus's version and build, what it holds, and the storage its offline copy takes.
import { useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useDocumentTitle } from '@/components/document-title'
import { PageTitle } from '@/components/layout'
import { useT } from '@/lib/i18n'
import { archiveQueryOptions, manifestQueryOptions } from '../queries'
import { SaveArchive } from './save-archive'

/** The build time in the reader's words and time zone: 2023年11月14日 22:13, 14 November 2023, 22:13. */
const builtAt = (iso: string, lang: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso))

const mib = (bytes: number | undefined) => (bytes == null ? '?' : `${(bytes / 2 ** 20).toFixed(1)} MB`)

export function AboutPage() {
  const t = useT()
  const { data: manifest } = useSuspenseQuery(manifestQueryOptions())
  const { data: archive } = useSuspenseQuery(archiveQueryOptions())
  useDocumentTitle(t.about.title)
  const storage = useQuery({
    queryKey: ['storage'],
    queryFn: async () => ({ estimate: await navigator.storage?.estimate?.(), persisted: (await navigator.storage?.persisted?.()) ?? false }),
    staleTime: 0,
  })
  const [asked, setAsked] = useState<boolean | null>(null)
  const persisted = asked ?? storage.data?.persisted
  return (
    <div className="max-w-2xl">
      <PageTitle title={t.about.title} intro={t.about.intro} />
      <dl className="grid grid-cols-[8rem_1fr] gap-x-4 gap-y-2 rounded border border-stone-200 bg-white p-4 text-sm">
        <dt className="text-stone-600">{t.about.version}</dt>
        <dd className="font-mono">{manifest.corpusVersion}</dd>
        <dt className="text-stone-600">{t.about.built}</dt>
        <dd><time dateTime={manifest.generatedAt}>{builtAt(manifest.generatedAt, t.lang)}</time></dd>
        <dt className="text-stone-600">{t.about.counts}</dt>
        <dd>{t.home.counts(archive.counts)}</dd>
        <dt className="text-stone-600">{t.about.storage}</dt>
        <dd>
          {storage.data?.estimate ? t.about.storageUsed(mib(storage.data.estimate.usage), mib(storage.data.estimate.quota)) : t.about.unknown}
          <p className="mt-1 text-stone-700">{persisted ? t.about.persisted : t.about.notPersisted}</p>
          {!persisted && navigator.storage?.persist && (
            <button type="button" className="mt-2 rounded bg-red-800 px-3 py-1 text-white" onClick={async () => setAsked(await navigator.storage.persist())}>
              {t.about.persist}
            </button>
          )}
        </dd>
      </dl>
      {manifest.unread.count > 0 && (
        <section role="status" className="mt-4 rounded border border-amber-300 bg-amber-50 p-4 text-sm">
          <p>{t.about.unread(manifest.unread.count)}</p>
          <ul className="mt-2 list-disc pl-5">
            {manifest.unread.files.map((f) => <li key={f.file}><span className="font-mono">{f.file}</span>{t.colon}{f.reason}</li>)}
          </ul>
          {manifest.unread.count > manifest.unread.files.length && <p className="mt-2">{t.about.unreadMore(manifest.unread.count - manifest.unread.files.length)}</p>}
        </section>
      )}
      <SaveArchive />
      <section aria-labelledby="trust" className="mt-6 max-w-3xl">
        <h2 id="trust" className="mb-2 text-lg font-bold">{t.about.trustTitle}</h2>
        <dl className="space-y-2 text-sm">
          {t.about.trust.map(([term, text]) => (
            <div key={term}><dt className="font-medium">{term}</dt><dd className="text-stone-700">{text}</dd></div>
          ))}
        </dl>
      </section>
    </div>
  )
}
