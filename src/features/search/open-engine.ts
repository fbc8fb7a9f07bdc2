// Opens the search engine in the worker. With the index exported at corpus-build time (manifest.search), the
// worker loads the documents, answers by scan at once, and imports the index as soon as its files arrive.
// A corpus without search files (CORPUS.md does not require them) gets its index built here, in slices.
import type { Manifest } from '@/corpus/schema'
import { CorpusUnavailableError, loadArticles, loadIssues, loadPeople, loadSearchDocs, loadSearchIndexFiles } from '@/lib/corpus-client'
import { readIndexPart } from '@/shared/search/index-files'
import { toSearchDocs } from '@/shared/search/search-docs'
import { SearchEngine } from '@/shared/search/search-engine'
import type { SearchStats } from './worker-protocol'

const SLICE = 400

/** The engine, answering by scan until it is ready; `onReady` is called with the stats when the index is. */
export async function openEngine(manifest: Manifest, onReady: (stats: SearchStats) => void): Promise<SearchEngine> {
  const t0 = performance.now()
  const stats: SearchStats = { docs: 0, loadMs: 0, indexMs: 0, readyMs: 0, ready: false, imported: !!manifest.search }
  const done = (e: SearchEngine, t1: number) => {
    stats.indexMs = performance.now() - t1
    stats.readyMs = performance.now() - t0
    stats.ready = e.ready
    onReady(stats)
  }
  if (manifest.search) {
    // both start at once: documents first (a scan can answer), the index when it has arrived
    const files = loadSearchIndexFiles(manifest.search)
    const docs = await loadSearchDocs(manifest.search)
    if (docs.length !== manifest.counts.articles) {
      throw new CorpusUnavailableError('manifest.json', `files of two corpus versions: the manifest counts ${manifest.counts.articles} articles, the search documents ${docs.length}`)
    }
    const e = SearchEngine.inExportOrder(docs)
    stats.docs = docs.length
    stats.loadMs = performance.now() - t0
    void files.then((fs) => {
      const t1 = performance.now()
      e.importIndex(fs.map((f) => readIndexPart(f.key, f.file, f.content)))
      done(e, t1)
    })
    return e
  }
  const [articles, issues, people] = await Promise.all([loadArticles(), loadIssues(), loadPeople()])
  const e = SearchEngine.fromDocs(toSearchDocs(articles, issues, people))
  stats.docs = articles.length
  stats.loadMs = performance.now() - t0
  const t1 = performance.now()
  const step = () => (e.indexSome(SLICE) ? done(e, t1) : setTimeout(step, 0))
  step()
  return e
}
