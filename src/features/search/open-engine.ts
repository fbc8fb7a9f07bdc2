// Opens the search engine in the worker. With the index exported at corpus-build time (manifest.search), the
// worker fetches the documents and the index's files at once, decodes each file as it arrives (the network keeps
// delivering meanwhile) and imports the index. A corpus without search files (CORPUS.md does not require them)
// gets its index built here, in slices, and is answered by scan until it is ready.
import type { ReaderManifest } from '@/shared/corpus-schema'
import { CorpusUnavailableError, loadArticles, loadIssues, loadPeople, loadSearchDocsPart, loadSearchIndexPart, loadSearchSegments, MixedVersionsError } from '@/lib/corpus-client'
import { toSearchDocs } from '@/shared/search/search-docs'
import { SearchEngine } from '@/shared/search/search-engine'
import { SegmentedSearch } from '@/shared/search/segmented-search'
import type { SearchStats } from './worker-protocol'

const SLICE = 400

/** The engine, answering by scan until it is ready; `onReady` is called with the stats when the index is. */
export async function openEngine(manifest: ReaderManifest, onReady: (stats: SearchStats) => void): Promise<SegmentedSearch> {
  const t0 = performance.now()
  const stats: SearchStats = { docs: 0, loadMs: 0, indexMs: 0, readyMs: 0, ready: false, imported: !!manifest.search, degraded: null }
  const done = (e: { ready: boolean }, t1: number) => {
    stats.indexMs = performance.now() - t1
    stats.readyMs = performance.now() - t0
    stats.ready = e.ready
    onReady(stats)
  }
  if (manifest.search) {
    // every segment's files at once; the index's files, the smaller, are typically in first, so no query waits on a scan meanwhile
    const segments = await Promise.all((await loadSearchSegments(manifest.search)).map(async (segment) => {
      const [docs, parts] = await Promise.all([
        Promise.all(segment.docs.map(loadSearchDocsPart)).then((ps) => ps.flat()),
        Promise.all(segment.index.map(loadSearchIndexPart)).catch((err: Error) => {
          // still exact, only slower: every query is answered by scan
          console.warn(`search index not loaded (${err.message}): answering by scan`)
          stats.degraded = err instanceof CorpusUnavailableError ? err.file : err.message
          return null
        }),
      ])
      return { docs, parts }
    }))
    const docs = segments.reduce((n, s) => n + s.docs.length, 0)
    if (docs !== manifest.counts.articles) {
      throw new MixedVersionsError('manifest.json', `files of two corpus versions: the manifest counts ${manifest.counts.articles} articles, the search documents ${docs}`)
    }
    stats.docs = docs
    stats.loadMs = performance.now() - t0
    const t1 = performance.now()
    const engines = segments.map(({ docs, parts }) => {
      const e = SearchEngine.inExportOrder(docs)
      if (parts) e.importIndex(parts)
      prepareInIdleTime(e)
      return e
    })
    const search = new SegmentedSearch(engines)
    done(search, t1)
    return search
  }
  const [articles, issues, people] = await Promise.all([loadArticles(), loadIssues(), loadPeople()])
  const e = SearchEngine.fromDocs(toSearchDocs(articles, issues, people))
  stats.docs = articles.length
  stats.loadMs = performance.now() - t0
  const t1 = performance.now()
  const step = () => (e.indexSome(SLICE) ? done(e, t1) : setTimeout(step, 0))
  step()
  return new SegmentedSearch([e])
}

/** Prepares the documents' searchable texts between queries, so that the first queries need not. */
function prepareInIdleTime(e: SearchEngine): void {
  const step = () => {
    if (!e.prepareSome(SLICE * 5)) setTimeout(step, 0)
  }
  setTimeout(step, 0)
}
