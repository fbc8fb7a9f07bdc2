// Messages between the page and the search worker. A search is answered by one or more results: the first page
// as soon as it is known, then the count as it grows (`result.complete` false), then the complete result.
import type { ReaderManifest } from '@/shared/corpus-schema'
import type { StreamedResult } from '@/shared/search/chunked/chunked-search'
import type { SearchFilters } from '@/shared/search/search-engine'
import type { PersonFound } from '@/shared/view-records'

export type WorkerRequest =
  | { type: 'search'; id: number; q: string; filters: SearchFilters; limit: number }
  | { type: 'cancel'; id: number }
  | { type: 'suggest'; id: number; q: string }
  | { type: 'stats' }
  /** the manifest the page has read: the worker opens the search with it instead of fetching it again */
  | { type: 'open'; manifest: ReaderManifest }

export interface SearchStats {
  docs: number
  /** 'index': the term index built with the corpus, read as queries need it; 'built': an index built here from the articles */
  mode: 'index' | 'built'
  /** from the worker's start until it can answer from an index */
  readyMs: number
  ready: boolean
}

export interface SearchAnswer {
  /** the query as searched (traditional characters converted) */
  query: string
  result: StreamedResult
  tookMs: number
  /** answered from an index (else by a scan while the worker builds one) */
  indexed: boolean
}

export type WorkerResponse =
  | ({ type: 'result'; id: number } & SearchAnswer)
  | { type: 'suggestions'; id: number; people: SuggestedPerson[] }
  | { type: 'stats'; stats: SearchStats }
  | { type: 'error'; id: number; message: string }

/** A person a name or pinyin query matches: enough for a suggestion and for a card above the results. */
export type SuggestedPerson = Pick<PersonFound, 'id' | 'name' | 'articles' | 'latestTitle' | 'places' | 'romanized'>
