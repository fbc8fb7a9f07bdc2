// The search engine the worker runs: FlexSearch over character bigrams, so that any run of two or more Chinese
// characters is found; candidates are verified against the text, so results hold the query exactly.
// One-character terms are answered by a scan. Pure: runs the same in the worker and in tests.
import { Index } from 'flexsearch'
import { parseQuery } from './query'

export interface SearchDoc {
  id: string
  /** all the searchable text: kicker, headline, subheadline, byline, paragraphs */
  text: string
  /** the paragraphs alone, for snippets */
  body: string
  headline: string | null
  kind: string
  place: string | null
  /** YYYY-MM-DD, or YYYY-MM-DD of the range start */
  day: string | null
  /** the date as precisely as known: a day, or a year */
  dayLabel: string | null
  people: string[]
}

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
  day: string | null
  dayLabel: string | null
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

/** Character bigrams of a text: the tokens every document and query term is indexed by. */
export function bigrams(text: string): string[] {
  const t = text.replace(/\s+/g, '')
  const out = new Set<string>()
  for (let i = 0; i < t.length - 1; i++) out.add(t.slice(i, i + 2))
  return [...out]
}

export class SearchEngine {
  private readonly docs: SearchDoc[] = []
  /** lower-cased text without spaces, as searched */
  private readonly haystack: string[] = []
  private readonly index = new Index({ tokenize: 'strict', encode: bigrams, resolution: 1, fastupdate: false, cache: false } as never)
  private indexed = 0

  constructor(docs: SearchDoc[]) {
    // Documents are kept newest first, so that a document's number is its rank by date: results sort by
    // comparing numbers, which matters when a common word matches most of a large corpus.
    const sorted = [...docs].sort((a, b) => ((a.day ?? '') < (b.day ?? '') ? 1 : (a.day ?? '') > (b.day ?? '') ? -1 : 0))
    for (const d of sorted) {
      this.docs.push(d)
      this.haystack.push(normalise(d.text))
    }
  }

  /** Indexes up to `count` more documents; true when all are indexed. (Called in slices to keep the worker responsive.) */
  indexSome(count: number): boolean {
    const end = Math.min(this.docs.length, this.indexed + count)
    for (; this.indexed < end; this.indexed++) this.index.add(this.indexed, this.haystack[this.indexed]!)
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
      .filter((i) => (!verify || include.every((t) => this.haystack[i]!.includes(t))) && !exclude.some((t) => this.haystack[i]!.includes(t)))
      .sort((a, b) => a - b)
  }

  search(query: string, filters: SearchFilters = {}, limit = 50): SearchResult {
    const q = parseQuery(query)
    const terms = q.include.map(normalise).filter(Boolean)
    const phrase = normalise(q.phrase)
    const rows = this.matchingDocs(query)
      .map((i) => ({ i, doc: this.docs[i]! }))
      .filter(({ doc }) => passes(doc, filters))
      .map(({ i, doc }) => ({ i, doc, exact: terms.length > 1 && this.haystack[i]!.includes(phrase) }))
    // Exact phrases first, then the newest. (Counting hits in every result cost too much on large corpora:
    // hits are counted for the results shown only.)
    // document numbers are ranks by date, newest first (see the constructor)
    if (filters.sort === 'oldest') rows.reverse()
    else if (filters.sort !== 'newest' && terms.length > 1) rows.sort((a, b) => Number(b.exact) - Number(a.exact) || a.i - b.i)
    const histogram = new Map<string, number>()
    for (const { doc } of rows) histogram.set(doc.day?.slice(0, 7) ?? '', (histogram.get(doc.day?.slice(0, 7) ?? '') ?? 0) + 1)
    return {
      total: rows.length,
      hits: rows.slice(0, limit).map(({ i, doc, exact }) => ({ id: doc.id, headline: doc.headline, kind: doc.kind, place: doc.place, day: doc.day, dayLabel: doc.dayLabel, exact, count: countAll(this.haystack[i]!, terms), ...snippetOf(doc, q.include) })),
      histogram: [...histogram].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([month, count]) => ({ month, count })),
    }
  }
}

/** Case and spaces do not matter: "三比三看" finds "三比 三看", "OCR" finds "ocr". */
export function normalise(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase()
}

function passes(doc: SearchDoc, f: SearchFilters): boolean {
  if (f.place && doc.place !== f.place) return false
  if (f.kind && doc.kind !== f.kind) return false
  if (f.person && !doc.people.includes(f.person)) return false
  if (f.from && (!doc.day || doc.day < f.from)) return false
  if (f.to && (!doc.day || doc.day > `${f.to}~`)) return false
  return true
}

function countAll(text: string, terms: string[]): number {
  let n = 0
  for (const t of terms) for (let at = text.indexOf(t); at >= 0; at = text.indexOf(t, at + t.length)) n++
  return n
}

/** A snippet of the paragraphs when they hold a hit, else of the whole text (a hit in the headline or byline). */
function snippetOf(doc: SearchDoc, terms: string[]) {
  const body = normalise(doc.body)
  return snippet(terms.some((t) => body.includes(normalise(t))) ? doc.body : doc.text, terms)
}

/** About 80 characters around the first hit, with every hit in it marked (offsets, never markup). */
export function snippet(text: string, terms: string[], width = 80): { snippet: string; marks: [number, number][] } {
  const flat = text.replace(/\s*\n\s*/g, ' ')
  const lower = flat.toLowerCase()
  const needles = terms.map((t) => t.toLowerCase()).filter(Boolean)
  const first = Math.min(...needles.map((t) => lower.indexOf(t)).filter((i) => i >= 0), Infinity)
  const start = first === Infinity ? 0 : Math.max(0, first - Math.floor(width / 3))
  const cut = flat.slice(start, start + width)
  const marks: [number, number][] = []
  const lowCut = cut.toLowerCase()
  for (const t of needles) for (let at = lowCut.indexOf(t); at >= 0; at = lowCut.indexOf(t, at + t.length)) marks.push([at, at + t.length])
  marks.sort((a, b) => a[0] - b[0])
  const prefix = start > 0 ? '…' : ''
  return { snippet: prefix + cut + (start + width < flat.length ? '…' : ''), marks: marks.map(([a, b]) => [a + prefix.length, b + prefix.length]) }
}
