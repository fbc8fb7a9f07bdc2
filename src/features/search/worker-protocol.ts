// Messages between the page and the search worker.
import type { SearchFilters, SearchResult } from './search-core'

export type WorkerRequest =
  | { type: 'search'; id: number; q: string; filters: SearchFilters; limit: number }
  | { type: 'suggest'; id: number; q: string }
  | { type: 'stats' }

export interface SearchStats {
  docs: number
  loadMs: number
  indexMs: number
  ready: boolean
}

export type WorkerResponse =
  | { type: 'result'; id: number; query: string; result: SearchResult; tookMs: number; indexed: boolean }
  | { type: 'suggestions'; id: number; people: { id: string; name: string; articles: number }[] }
  | { type: 'stats'; stats: SearchStats }
  | { type: 'error'; id: number; message: string }
