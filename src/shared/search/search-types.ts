// What a search is asked and what it answers: the worker's protocol, the search page and the term index's reader
// (chunked/chunked-search.ts) share these.
import type { PreciseDate } from '../precise-date'

export interface SearchFilters {
  place?: string
  from?: string
  to?: string
  kind?: string
  person?: string
  sort?: 'relevance' | 'newest' | 'oldest'
}

export interface SearchHit {
  id: string
  headline: string | null
  kind: string
  place: string | null
  paper?: string | null
  day: string | null
  date: PreciseDate
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
