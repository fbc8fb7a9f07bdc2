// /about's "save the whole archive for offline use": its size, a progress bar, pause and resume (src/lib/archive-saver.ts).
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { ArchiveSaver, type SaveProgress, savedProgress } from '../archive-saver'
import { useT } from '@/lib/i18n'
import { manifestQueryOptions, offlineIndexQueryOptions } from '../queries'

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`

export function SaveArchive() {
  const t = useT()
  const { data: manifest } = useSuspenseQuery(manifestQueryOptions())
  const { data: index } = useSuspenseQuery(offlineIndexQueryOptions())
  const queryClient = useQueryClient()
  const [progress, setProgress] = useState<SaveProgress>(() => savedProgress(manifest.corpusVersion))
  const saver = useRef<ArchiveSaver | null>(null)
  // leaving the page pauses the save; it goes on from there when asked again
  useEffect(() => () => saver.current?.pause(), [])
  if (import.meta.env.VITE_CORPUS_PRECACHED === '1') return <Section title={t.about.saveTitle}><p>{t.about.savePrecached}</p></Section>
  if (!index) return null
  const start = () => {
    saver.current ??= new ArchiveSaver(manifest, index, (p) => {
      setProgress(p)
      // the storage estimate on this page follows what is saved
      if (p.state !== 'saving') void queryClient.invalidateQueries({ queryKey: ['storage'] })
    })
    void saver.current.start()
  }
  const pct = index.bytes ? Math.floor((progress.doneBytes / index.bytes) * 100) : 100
  return (
    <Section title={t.about.saveTitle}>
      <p>{t.about.saveIntro(mib(index.bytes), index.files)}</p>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <progress aria-label={t.about.saveProgress} max={index.bytes} value={progress.doneBytes} className="h-3 w-64" />
        <span role="status">{progress.state === 'done' ? t.about.saveDone : t.about.saveStatus(mib(progress.doneBytes), mib(index.bytes), pct)}</span>
      </div>
      <div className="mt-3 flex gap-2">
        {progress.state === 'saving' ? (
          <button type="button" className="rounded border border-stone-400 px-3 py-1" onClick={() => saver.current?.pause()}>{t.about.savePause}</button>
        ) : progress.state !== 'done' ? (
          <button type="button" className="rounded bg-red-800 px-3 py-1 text-white" onClick={start}>{progress.state === 'idle' ? t.about.saveStart : t.about.saveResume}</button>
        ) : null}
      </div>
      {progress.state === 'paused' && <p className="mt-2 text-stone-700">{t.about.savePaused}</p>}
      {progress.state === 'failed' && <p role="alert" className="mt-2 text-red-800">{progress.error === 'quota' ? t.about.saveQuota : t.about.saveFailed(progress.error ?? '')}</p>}
    </Section>
  )
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby="save-archive" className="mt-6 rounded border border-stone-200 bg-white p-4 text-sm">
      <h2 id="save-archive" className="mb-2 text-lg font-bold">{title}</h2>
      {children}
    </section>
  )
}
