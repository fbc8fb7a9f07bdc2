// Messages between the page and the search worker. A search is answered by one or more results: the first page
// as soon as it is known, then the count as it grows (`result.complete` false), then the complete result.
import type { ReaderManifest } from '@/shared/corpus-manifest'
import type { StreamedResult } from '@/shared/search/chunked/chunked-search'
import type { SearchFilters } from '@/shared/search/search-types'
import type { LookupEntry, PersonFound } from '@/shared/view-records'

export type WorkerRequest =
  | { type: 'search'; id: number; q: string; filters: SearchFilters; limit: number }
  | { type: 'cancel'; id: number }
  | { type: 'suggest'; id: number; q: string }
  | { type: 'stats' }
  /** the manifest the page has read: the worker opens the search with it instead of fetching it again */
  | { type: 'open'; manifest: ReaderManifest }

export interface SearchStats {
  docs: number
  /** from the worker's start until it can answer (its index's meta file read) */
  readyMs: number
}

export interface SearchAnswer {
  /** the query as searched (traditional characters converted) */
  query: string
  result: StreamedResult
  tookMs: number
}

export type WorkerResponse =
  | ({ type: 'result'; id: number } & SearchAnswer)
  | { type: 'suggestions'; id: number; suggestions: Suggestions }
  | { type: 'stats'; stats: SearchStats }
  | { type: 'error'; id: number; message: string }

/** What the search box offers for what one has typed: people, then places, papers and offices. */
export interface Suggestions {
  people: SuggestedPerson[]
  entries: LookupEntry[]
}

/** A person a name or pinyin query matches: enough for a suggestion and for a card above the results. */
type SuggestedPerson = Pick<PersonFound, 'id' | 'name' | 'articles' | 'latestTitle' | 'places' | 'romanized'>
