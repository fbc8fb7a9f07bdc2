// Opens the search in the worker. With the term index built with the corpus (manifest.search), nothing is loaded
// but its meta file: each query fetches the files it needs (src/shared/search/chunked/). A corpus without one
// (CORPUS.md does not require it) gets an in-memory FlexSearch index built here from the articles, in slices,
// and is answered by scan until it is ready: fine for the small corpora that come without an index.
import type { ReaderManifest } from '@/shared/corpus-schema'
import { loadArticles, loadIssues, loadPeople, loadSearchFile, loadTermIndexMeta } from '@/lib/corpus-client'
import { ChunkedSearch, type StreamedResult } from '@/shared/search/chunked/chunked-search'
import { TermIndexReader } from '@/shared/search/chunked/index-reader'
import { toSearchDocs } from '@/shared/search/search-docs'
import { SearchEngine, type SearchFilters } from '@/shared/search/search-engine'
import type { SearchStats } from './worker-protocol'

const SLICE = 400

export interface SearchBackend {
  readonly ready: boolean
  stream(q: string, filters: SearchFilters, limit: number): AsyncGenerator<StreamedResult>
}

/** The search, answering at once; `onReady` is called with the stats when it answers from an index. */
export async function openEngine(manifest: ReaderManifest, onReady: (stats: SearchStats) => void): Promise<SearchBackend> {
  const t0 = performance.now()
  if (manifest.search) {
    const folder = manifest.search.file.slice(0, manifest.search.file.lastIndexOf('/') + 1)
    const meta = await loadTermIndexMeta(manifest.search)
    const search = new ChunkedSearch(new TermIndexReader(meta, (path) => loadSearchFile(folder + path)))
    onReady({ docs: meta.docs, mode: 'index', readyMs: performance.now() - t0, ready: true })
    return { ready: true, stream: (q, f, limit) => search.stream(q, f, limit) }
  }
  const [articles, issues, people] = await Promise.all([loadArticles(), loadIssues(), loadPeople()])
  const e = SearchEngine.fromDocs(toSearchDocs(articles, issues, people))
  const step = () => (e.indexSome(SLICE) ? onReady({ docs: articles.length, mode: 'built', readyMs: performance.now() - t0, ready: true }) : setTimeout(step, 0))
  step()
  return {
    get ready() {
      return e.ready
    },
    // one complete answer, as a stream of one
    async *stream(q, f, limit) {
      yield { ...e.search(q, f, limit), complete: true }
    },
  }
}
