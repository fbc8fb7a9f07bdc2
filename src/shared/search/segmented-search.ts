// Search over the segments of an exported index (SearchFiles.segments): each segment is an engine of its own over
// a run of documents, newest first, so every document of a segment is as new as or newer than those of the next.
// Results are merged as one engine over all the documents would give them.
import type { SearchEngine, SearchFilters, SearchResult } from './search-engine'

export class SegmentedSearch {
  constructor(private readonly engines: readonly SearchEngine[]) {}

  get ready(): boolean {
    return this.engines.every((e) => e.ready)
  }

  get size(): number {
    return this.engines.reduce((n, e) => n + e.documents.length, 0)
  }

  /** The ids of the documents that contain every term and no excluded one, exactly (newest first). */
  matching(query: string): string[] {
    return this.engines.flatMap((e) => e.matching(query))
  }

  search(query: string, filters: SearchFilters = {}, limit = 50): SearchResult {
    if (this.engines.length === 1) return this.engines[0]!.search(query, filters, limit)
    const parts = this.engines.map((e) => e.search(query, filters, limit))
    // oldest first: the last segment holds the oldest documents
    const ordered = filters.sort === 'oldest' ? [...parts].reverse() : parts
    let hits = ordered.flatMap((p) => p.hits)
    // exact phrases first, as each engine ranks its own (a stable sort keeps each part's order within a rank)
    if (filters.sort !== 'newest' && filters.sort !== 'oldest') hits = hits.map((h, i) => ({ h, i })).sort((a, b) => Number(b.h.exact) - Number(a.h.exact) || a.i - b.i).map(({ h }) => h)
    const histogram = new Map<string, number>()
    for (const p of parts) for (const b of p.histogram) histogram.set(b.month, (histogram.get(b.month) ?? 0) + b.count)
    return {
      total: parts.reduce((n, p) => n + p.total, 0),
      hits: hits.slice(0, limit),
      histogram: [...histogram].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([month, count]) => ({ month, count })),
    }
  }
}
