// Opens the search in the worker: the term index built with the corpus (manifest.search). Nothing is loaded but
// its meta file: each query fetches the files it needs (src/shared/search/chunked/).
import type { ReaderManifest } from '@/shared/corpus-manifest'
import { loadSearchFile, loadTermIndexMeta } from '@/lib/corpus-client'
import { ChunkedSearch } from '@/shared/search/chunked/chunked-search'
import { TermIndexReader } from '@/shared/search/chunked/index-reader'
import type { SearchStats } from './worker-protocol'

/** The search, answering at once; `onReady` is called with its stats. */
export async function openEngine(manifest: ReaderManifest, onReady: (stats: SearchStats) => void): Promise<ChunkedSearch> {
  const t0 = performance.now()
  const folder = manifest.search.file.slice(0, manifest.search.file.lastIndexOf('/') + 1)
  const meta = await loadTermIndexMeta(manifest.search)
  const search = new ChunkedSearch(new TermIndexReader(meta, (path) => loadSearchFile(folder + path)))
  onReady({ docs: meta.docs, readyMs: performance.now() - t0 })
  return search
}
