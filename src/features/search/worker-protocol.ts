// Messages between the page and the search worker.
import type { SearchFilters, SearchResult } from '@/shared/search/search-engine'
import type { PersonFound } from '@/shared/views'

export type WorkerRequest =
  | { type: 'search'; id: number; q: string; filters: SearchFilters; limit: number }
  | { type: 'suggest'; id: number; q: string }
  | { type: 'stats' }

export interface SearchStats {
  docs: number
  /** from the worker's start until the documents (and an exported index's files) are loaded */
  loadMs: number
  /** importing the exported index, or building it in the worker */
  indexMs: number
  /** from the worker's start until the index is ready */
  readyMs: number
  ready: boolean
  /** the index came exported with the corpus (else it was built in the worker) */
  imported: boolean
  /** the exported index's file that could not be read, so every query is answered by scan */
  degraded: string | null
}

export type WorkerResponse =
  | { type: 'result'; id: number; query: string; result: SearchResult; tookMs: number; indexed: boolean; degraded: string | null }
  | { type: 'suggestions'; id: number; people: SuggestedPerson[] }
  | { type: 'stats'; stats: SearchStats }
  | { type: 'error'; id: number; message: string }

/** A person a name or pinyin query matches: enough for a suggestion and for a card above the results. */
export type SuggestedPerson = Pick<PersonFound, 'id' | 'name' | 'articles' | 'latestTitle' | 'places' | 'romanized'>
