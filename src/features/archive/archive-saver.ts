// Saves the whole archive for offline reading, on the reader's request (/about): every file the offline list names
// (src/shared/views.ts OfflineIndex) is fetched and put in the cache the service worker reads corpus files from,
// a few at a time. It can be paused and resumed, also after a reload: the part it reached is kept per corpus
// version, and files already cached are not fetched again. Files of other versions are removed from that cache
// first: a saved archive is one version's files.
import type { ReaderManifest } from '@/shared/corpus-manifest'
import { viewFile } from '@/shared/views'
import type { OfflineIndex } from '@/shared/view-records'
import { corpusUrl, loadView } from '@/lib/corpus-client'

export interface SaveProgress {
  state: 'idle' | 'saving' | 'paused' | 'done' | 'failed'
  doneFiles: number
  doneBytes: number
  /** why saving stopped: 'quota' when the browser's storage is full */
  error?: string
}

/** The cache the service worker's runtime route reads corpus files from (vite.config.ts). */
const CACHE = (import.meta.env.VITE_CORPUS_CACHE as string | undefined) ?? 'xianbao-corpus-read'
const AT_ONCE = 6

const stored = (version: string) => `xianbao-save:${version}`

/** Where a save of this version stopped: the part to go on from, and what was saved before it. */
export function savedProgress(version: string): SaveProgress & { part: number } {
  try {
    const p = JSON.parse(localStorage.getItem(stored(version)) ?? 'null') as (SaveProgress & { part: number }) | null
    if (p) return { ...p, state: p.state === 'saving' ? 'paused' : p.state }
  } catch {
    // no storage, or a value of another shape: start over
  }
  return { state: 'idle', doneFiles: 0, doneBytes: 0, part: 0 }
}

export class ArchiveSaver {
  private paused = false
  private running: Promise<void> | null = null

  constructor(
    private readonly manifest: ReaderManifest,
    private readonly index: OfflineIndex,
    private readonly onProgress: (p: SaveProgress) => void,
  ) {}

  /** Saves from where the last save of this version stopped; resolves when it is done, paused or failed. */
  start(): Promise<void> {
    this.paused = false
    this.running ??= this.run().finally(() => (this.running = null))
    return this.running
  }

  pause(): void {
    this.paused = true
  }

  private async run(): Promise<void> {
    const version = this.manifest.corpusVersion
    const progress = savedProgress(version)
    const report = (state: SaveProgress['state'], error?: string) => {
      const p = { state, doneFiles: progress.doneFiles, doneBytes: progress.doneBytes, ...(error ? { error } : {}) }
      try {
        localStorage.setItem(stored(version), JSON.stringify({ ...p, part: progress.part }))
      } catch {
        // progress not kept: a later save starts over and skips what is cached
      }
      this.onProgress(p)
    }
    try {
      await navigator.storage?.persist?.()
      const cache = await caches.open(CACHE)
      if (progress.part === 0) await this.removeOtherVersions(cache)
      report('saving')
      const searchFolder = this.manifest.search ? this.manifest.search.file.slice(0, this.manifest.search.file.lastIndexOf('/') + 1) : ''
      for (; progress.part < this.index.parts; progress.part++) {
        if (this.paused) return report('paused')
        const part = await loadView(viewFile.offlinePart(progress.part))
        const files = [...part.views.map(([p, n]) => [`${this.manifest.views}${p}`, n] as const), ...part.search.map(([p, n]) => [searchFolder + p, n] as const), ...part.print.map(([p, n]) => [`print/${p}`, n] as const)]
        const before = { files: progress.doneFiles, bytes: progress.doneBytes }
        let next = 0
        await Promise.all(Array.from({ length: AT_ONCE }, async () => {
          while (next < files.length && !this.paused) {
            const [file, bytes] = files[next++]!
            await saveFile(cache, corpusUrl(file))
            progress.doneFiles++
            progress.doneBytes += bytes
            if (progress.doneFiles % 50 === 0) this.onProgress({ state: 'saving', doneFiles: progress.doneFiles, doneBytes: progress.doneBytes })
          }
        }))
        // a part cut short by a pause is saved again from its start (its cached files are skipped)
        if (this.paused) {
          progress.doneFiles = before.files
          progress.doneBytes = before.bytes
          return report('paused')
        }
        report('saving')
      }
      report('done')
    } catch (e) {
      report('failed', e instanceof DOMException && e.name === 'QuotaExceededError' ? 'quota' : (e as Error).message)
    }
  }

  /** Removes cached corpus files of other builds (their folders are named by version). */
  private async removeOtherVersions(cache: Cache): Promise<void> {
    // the printed pages' images are named by their content: any build's that is cached is still right
    const keep = [corpusUrl(this.manifest.views ?? ''), this.manifest.search ? corpusUrl(this.manifest.search.file.slice(0, this.manifest.search.file.lastIndexOf('/') + 1)) : null, corpusUrl('print/')].filter((k): k is string => !!k)
    for (const req of await cache.keys()) {
      const path = new URL(req.url).pathname
      if (!keep.some((k) => path.startsWith(k))) await cache.delete(req)
    }
  }
}

async function saveFile(cache: Cache, url: string): Promise<void> {
  if (await cache.match(url)) return
  const res = await fetch(url)
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`)
  await cache.put(url, res)
}
