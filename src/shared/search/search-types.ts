// What a search is asked and what it answers: the worker's protocol, the search page and the term index's reader
// (chunked/chunked-search.ts) share these.
import type { SearchDoc } from './search-docs'

export interface SearchFilters {
  place?: string
  from?: string
  to?: string
  kind?: string
  person?: string
  sort?: 'relevance' | 'newest' | 'oldest'
}

/** A result as shown: the fields of its document, and a snippet with each hit marked. */
export type SearchHit = Pick<SearchDoc, 'id' | 'headline' | 'kind' | 'place' | 'paper' | 'day' | 'date'> & {
  snippet: string
  /** [start, end) of each hit inside the snippet */
  marks: [number, number][]
  exact: boolean
  count: number
}

export interface SearchResult {
  total: number
  hits: SearchHit[]
  /** results per YYYY-MM (undated results under "") */
  histogram: { month: string; count: number }[]
}
