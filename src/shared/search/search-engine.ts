// The search the worker runs for a corpus without a term index: FlexSearch over character bigrams (bigram-index.ts) finds candidates, which
// are verified against the text, so results hold the query exactly. One-character terms are answered by a scan,
// and so is every query until the index is ready. Pure: runs the same in the worker and tests.
import { createBigramIndex, normalise } from './bigram-index'
import { parseQuery } from './query'
import { bodyOf, newestFirst, type SearchDoc } from './search-docs'
import { countHits, snippetOf } from './snippet'
import { mayFallWithin, monthBucket, type PreciseDate } from '../precise-date'

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

export class SearchEngine {
  /** lower-cased text without spaces, as searched; made on first use (see `hay`) */
  private readonly haystack: (string | undefined)[]
  private readonly index = createBigramIndex()
  private indexed = 0

  /** `docs` in the engine's order, newest first: a document's number is its rank by date (see fromDocs). */
  private constructor(private readonly docs: SearchDoc[]) {
    this.haystack = new Array(docs.length)
  }

  /**
   * A document's searchable text. Made when first needed rather than up front: at 20,000 articles normalising
   * every text takes a few hundred milliseconds a worker need not spend before it can answer.
   */
  private hay(i: number): string {
    return (this.haystack[i] ??= normalise(this.docs[i]!.text))
  }

  /**
   * An engine over these documents that answers by scan until `indexSome` has indexed them all. Documents are
   * kept newest first, so that results sort by comparing numbers, which matters when a common word matches most
   * of a large corpus.
   */
  static fromDocs(docs: SearchDoc[]): SearchEngine {
    return new SearchEngine(newestFirst(docs))
  }

  /** Indexes up to `count` more documents; true when all are indexed. (Called in slices to keep the worker responsive.) */
  indexSome(count: number): boolean {
    const end = Math.min(this.docs.length, this.indexed + count)
    for (; this.indexed < end; this.indexed++) this.index.add(this.indexed, this.hay(this.indexed))
    return this.indexed === this.docs.length
  }

  get ready(): boolean {
    return this.indexed === this.docs.length
  }

  /** The ids of the documents that contain every term and no excluded one, exactly (newest first). */
  matching(query: string): string[] {
    return this.matchingDocs(query).map((i) => this.docs[i]!.id)
  }

  private matchingDocs(query: string): number[] {
    const q = parseQuery(query)
    const include = q.include.map(normalise).filter(Boolean)
    if (!include.length) return []
    const longest = [...include].sort((a, b) => b.length - a.length)[0]!
    const candidates = longest.length >= 2 && this.ready ? (this.index.search(longest, { limit: this.docs.length }) as number[]) : this.docs.map((_, i) => i)
    const exclude = q.exclude.map(normalise).filter(Boolean)
    // a single two-character term is exactly one bigram: the index's candidates all hold it
    const verify = !(include.length === 1 && longest.length === 2 && this.ready)
    return candidates
      .filter((i) => (!verify || include.every((t) => this.hay(i).includes(t))) && !exclude.some((t) => this.hay(i).includes(t)))
      .sort((a, b) => a - b)
  }

  search(query: string, filters: SearchFilters = {}, limit = 50): SearchResult {
    const q = parseQuery(query)
    const terms = q.include.map(normalise).filter(Boolean)
    const phrase = normalise(q.phrase)
    const rows = this.matchingDocs(query)
      .map((i) => ({ i, doc: this.docs[i]! }))
      .filter(({ doc }) => passes(doc, filters))
      .map(({ i, doc }) => ({ i, doc, exact: terms.length > 1 && this.hay(i).includes(phrase) }))
    // Exact phrases first, then the newest. (Counting hits in every result cost too much on large corpora:
    // hits are counted for the results shown only.)
    // document numbers are ranks by date, newest first (see fromDocs)
    if (filters.sort === 'oldest') rows.reverse()
    else if (filters.sort !== 'newest' && terms.length > 1) rows.sort((a, b) => Number(b.exact) - Number(a.exact) || a.i - b.i)
    const histogram = new Map<string, number>()
    // a result known only to its year counts in the year's own bucket (YYYY), never in its January
    for (const { doc } of rows) histogram.set(monthBucket(doc.date), (histogram.get(monthBucket(doc.date)) ?? 0) + 1)
    return {
      total: rows.length,
      hits: rows.slice(0, limit).map(({ i, doc, exact }) => ({ id: doc.id, headline: doc.headline, kind: doc.kind, place: doc.place, paper: doc.paper ?? null, day: doc.day, date: doc.date, exact, count: countHits(this.hay(i), terms), ...snippetOf(doc.text, bodyOf(doc), q.include) })),
      histogram: [...histogram].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([month, count]) => ({ month, count })),
    }
  }
}

function passes(doc: SearchDoc, f: SearchFilters): boolean {
  if (f.place && doc.place !== f.place) return false
  if (f.kind && doc.kind !== f.kind) return false
  if (f.person && !doc.people.includes(f.person)) return false
  return mayFallWithin(doc.date, f.from, f.to)
}
