// Loading, empty and error states: the router's defaults for every route (router.tsx).
import { useQueryErrorResetBoundary } from '@tanstack/react-query'
import { Link, useRouter } from '@tanstack/react-router'
import type { ReactNode } from 'react'
import { useDocumentTitle } from './document-title'
import { CorpusUnavailableError, MixedVersionsError } from '@/lib/corpus-client'
import { type Strings, useT } from '@/lib/i18n'
import { NotFoundError } from '@/lib/not-found'

export function Loading() {
  const t = useT()
  return (
    <p role="status" className="animate-pulse text-stone-600">
      {t.loading}
    </p>
  )
}

export function Empty({ children }: { children?: ReactNode }) {
  const t = useT()
  return <p className="rounded border border-dashed border-stone-300 p-4 text-stone-600">{children ?? t.empty}</p>
}

export function Message({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div role="alert" className="rounded border border-amber-300 bg-amber-50 p-4">
      <h1 className="font-bold">{title}</h1>
      {children && <div className="mt-2 text-sm">{children}</div>}
    </div>
  )
}

const notFoundTitle = (e: NotFoundError, t: Strings) =>
  e.kind === 'article' ? t.articleNotFound(e.id) : e.kind === 'issue' ? t.issueNotFound(e.id) : e.kind === 'meeting' ? t.meetingNotFound(e.id) : t.personNotFound(e.id)

/** Home and search: where a reader goes on from a view that has nothing to show. */
function WayOn() {
  const t = useT()
  return (
    <p className="mt-2 flex gap-4">
      <Link to="/" className="underline">{t.backHome}</Link>
      <Link to="/search" className="underline">{t.nav.search}</Link>
    </p>
  )
}

function NotFoundMessage({ title }: { title: string }) {
  useDocumentTitle(title)
  return <Message title={title}><WayOn /></Message>
}

/**
 * What a route shows when its data cannot be read: the thing asked for is not in the corpus; the corpus is
 * missing (how to build it) or mixed; or a file could not be fetched, with a retry that fetches it again.
 */
/**
 * What a reader is told of a corpus file that failed: the build instruction only when the corpus itself is missing
 * (its manifest); for a page's own file, that it is not in the archive, not saved offline, or cannot be read.
 */
function corpusErrorText(error: CorpusUnavailableError, t: ReturnType<typeof useT>): [string, string] {
  if (error instanceof MixedVersionsError) return [t.corpusMixed, t.corpusMixedHelp]
  if (/^(reader|manifest)\.json$/.test(error.file)) return [t.corpusMissing, t.corpusHowToBuild]
  if (typeof navigator !== 'undefined' && !navigator.onLine) return [t.fileNotSaved, t.fileNotSavedHelp]
  return error.reason === 'HTTP 404' ? [t.fileMissing, t.fileMissingHelp] : [t.fileUnreadable, t.fileUnreadableHelp]
}

export function RouteError({ error }: { error: unknown }) {
  const t = useT()
  const router = useRouter()
  const { reset } = useQueryErrorResetBoundary()
  if (error instanceof NotFoundError) return <NotFoundMessage title={notFoundTitle(error, t)} />
  const retry = (
    <button type="button" className="mt-3 rounded bg-red-800 px-3 py-1 text-white" onClick={() => { reset(); void router.invalidate() }}>
      {t.retry}
    </button>
  )
  if (error instanceof CorpusUnavailableError) {
    const [title, help] = corpusErrorText(error, t)
    return (
      <Message title={title}>
        <p>{help}</p>
        <p className="mt-1 text-stone-600">{error.message}</p>
        {retry}
      </Message>
    )
  }
  return (
    <Message title={error instanceof Error ? error.message : String(error)}>
      {retry}
      <WayOn />
    </Message>
  )
}
