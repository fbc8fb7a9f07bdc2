// Search over the term index (format.ts), fetching only what a query needs: the chunks of its terms, the blocks
// of common terms over the documents still in question, one fragment file per result shown, and the dates only
// for a histogram larger than the page or a date filter. Results stream: the first page as soon as the newest
// blocks give a page of results, then the total count and the histogram once every block has been read. Matches
// are exact: a term of three or more characters is verified from the positions of the bigrams that cover it, read
// only for the documents that hold every one of its bigrams (documents alone, far smaller, rule out the rest).
import { mayFallWithin, monthBucket } from '../../precise-date'
import { type ParsedQuery, parseQuery } from '../query'
import type { SearchFilters, SearchHit, SearchResult } from '../search-types'
import { countHits, snippetOf } from '../snippet'
import type { TermEntry } from './format'
import type { TermIndexReader } from './index-reader'
import { cover, filterTerm, searchable } from './terms'
import { intersect, BlockWalk, hasSorted, without, overlaps, inRanges } from './sorted-lists'

export interface StreamedResult extends SearchResult {
  /** false while blocks remain to be read: the total and the histogram count what was read so far */
  complete: boolean
}

/** A string a document must (or must not) hold, as the terms that find it. */
interface Needle {
  /** every bigram of it (its character when it is one), rarest first: a document holding it holds them all */
  parts: TermEntry[]
  /** for three or more characters, the bigrams that cover it, whose positions verify it */
  verify: { offset: number; entry: TermEntry }[] | null
}

const EMPTY: StreamedResult = { total: 0, hits: [], histogram: [], complete: true }
/** at most this long between two partial results while the count runs */
const PROGRESS_MS = 300

export class ChunkedSearch {
  constructor(readonly index: TermIndexReader) {}

  get size(): number {
    return this.index.meta.docs
  }

  /** The final result alone. */
  async search(query: string, filters: SearchFilters = {}, limit = 50): Promise<StreamedResult> {
    let last = EMPTY
    for await (const r of this.stream(query, filters, limit)) last = r
    return last
  }

  /** The ids of the documents that hold every term and no excluded one, in document order (tests' view of a query). */
  async matching(query: string, filters: SearchFilters = {}): Promise<string[]> {
    return (await this.search(query, { ...filters, sort: 'newest' }, Number.MAX_SAFE_INTEGER)).hits.map((h) => h.id)
  }

  /** The numbers of the matching documents, ascending, without a fragment read (benchmarks compare them with brute force). */
  async matchingDocs(query: string, filters: SearchFilters = {}): Promise<number[]> {
    const docs: number[] = []
    // no page is waited for: the segments grow from the start
    for await (const part of this.matches(parseQuery(query), { ...filters, sort: 'newest' }, { limit: 0, pageOut: true })) for (const d of part.docs) docs.push(d)
    return docs
  }

  async *stream(query: string, filters: SearchFilters = {}, limit = 50): AsyncGenerator<StreamedResult> {
    const q = parseQuery(query)
    const terms = [...new Set(q.include.map(searchable).filter(Boolean))]
    // relevance over several terms puts exact phrases first: only the last result is in its final order
    const stableOrder = !(terms.length > 1 && filters.sort !== 'newest' && filters.sort !== 'oldest')
    // the matches as the segments gave them, in the order of the sort (not copied into one list: a common word
    // has hundreds of thousands)
    const found: number[][] = []
    let total = 0
    const exact = new Set<number>()
    const first = (n: number) => firstOf(found, n, stableOrder ? null : exact)
    let page: SearchHit[] | null = null
    let lastYield = performance.now()
    const flow = { limit, pageOut: false }
    for await (const part of this.matches(q, filters, flow)) {
      // the fragments of the page's results start loading as they are found, while the next blocks are read
      if (!page) for (const d of part.docs.slice(0, Math.max(0, limit - total))) this.index.fragment(d).catch(() => undefined)
      found.push(part.docs)
      total += part.docs.length
      for (const d of part.exact) exact.add(d)
      if (part.last) break
      if (!page && total >= limit) {
        page = await this.hits(first(limit), exact, q.include, terms)
        lastYield = performance.now()
        flow.pageOut = true
        yield { total, hits: page, histogram: [], complete: false }
      } else if (page && performance.now() - lastYield > PROGRESS_MS) {
        lastYield = performance.now()
        yield { total, hits: page, histogram: [], complete: false }
      }
    }
    if (!terms.length) return yield EMPTY
    const hits = page && stableOrder ? page : await this.hits(first(limit), exact, q.include, terms)
    yield { total, hits, histogram: await this.histogram(found, filters.sort === 'oldest', total, hits), complete: true }
  }

  /**
   * The matching documents, a segment of the rarest term's postings at a time, in the order of the sort: each segment's documents, those of them holding the whole query as one phrase, and whether it is the last
   * segment. Nothing is yielded when nothing can match.
   *
   * `flow`: the page the reader waits for (`limit` results) and whether it is out. Blocks are fetched ahead while
   * that page needs more of them and once it is out, not while its fragments come: on a slow link they would
   * share its bandwidth.
   */
  private async *matches(q: ParsedQuery, filters: SearchFilters, flow: { limit: number; pageOut: boolean }): AsyncGenerator<{ docs: number[]; exact: number[]; last: boolean }> {
    const include = [...new Set(q.include.map(searchable).filter(Boolean))]
    if (!include.length) return
    const filterKeys = [filters.place && filterTerm.place(filters.place), filters.kind && filterTerm.kind(filters.kind), filters.person && filterTerm.person(filters.person)].filter((k): k is string => !!k)
    const excludeTerms = [...new Set(q.exclude.map(searchable).filter(Boolean))]
    // every term's chunk at once: each is a round trip on a first visit
    const [needles, filterEntries, excluded, phrase] = await Promise.all([
      Promise.all(include.map((t) => this.needle(t))),
      Promise.all(filterKeys.map((k) => this.index.entry(k))),
      // a term no document holds excludes nothing
      Promise.all(excludeTerms.map((t) => this.needle(t))).then((ns) => ns.filter((n): n is Needle => !!n)),
      include.length > 1 ? this.needle(searchable(q.phrase)) : Promise.resolve(null),
    ])
    if (needles.some((n) => !n) || filterEntries.some((e) => !e)) return
    const required = [...new Set([...needles.flatMap((n) => n!.parts), ...(filterEntries as TermEntry[])])]
    const allowed = filters.from || filters.to ? await this.dateRanges(filters.from, filters.to) : null
    // the rarest term drives; the others narrow its documents, the rarer first
    required.sort((a, b) => a.docCount - b.docCount)
    const driver = required[0]!
    const oldest = filters.sort === 'oldest'
    const blocks = (driver.blocks ?? [{ firstDoc: 0, lastDoc: this.size - 1 }]).filter((b) => !allowed || overlaps(allowed, b.firstDoc, b.lastDoc))
    if (oldest) blocks.reverse()
    let found = 0
    // a segment is one of the driver's blocks until the page is out (it should not wait for more than it needs),
    // then each twice the last, up to MAX_SEGMENT_BLOCKS: a count over a common word's thousands of blocks takes
    // tens of steps, each fetching its files together
    const after = (size: number) => (flow.pageOut || found >= flow.limit ? Math.min(size * 2, MAX_SEGMENT_BLOCKS) : 1)
    for (let at = 0, size = 1; at < blocks.length; ) {
      const [a, b] = spanOf(blocks, at, size)
      // this segment's block files of every term at once, rather than one term after another
      prefetchSegment(this.index, required, driver, a, b)
      let candidates = await this.index.docsIn(driver, a, b)
      if (allowed) candidates = candidates.filter((d) => inRanges(allowed, d))
      for (const e of required) if (e !== driver && candidates.length) candidates = intersect(candidates, await this.index.parts(e, candidates, false))
      // every bigram of the included terms is required: what is left is the positions of the longer ones
      for (const n of needles) if (n!.verify && candidates.length) candidates = await this.verified(n!, candidates)
      for (const n of excluded) if (candidates.length) candidates = without(candidates, await this.holding(n, candidates))
      const exact = phrase && candidates.length ? await this.holding(phrase, candidates) : []
      found += candidates.length
      at += size
      size = after(size)
      // the block files of the next two segments, fetched while the reader takes this one (the other terms' too
      // when few: which of theirs are needed depends on the driver's documents)
      if (flow.pageOut || found < flow.limit) {
        for (const [na, nb] of [spanOf(blocks, at, size), spanOf(blocks, at + size, after(size))]) if (na <= nb) prefetchSegment(this.index, required, driver, na, nb)
      }
      // (reversed, a copy: the candidates may be the reader's own list)
      yield { docs: oldest ? [...candidates].reverse() : candidates, exact, last: at >= blocks.length }
    }
  }

  /** The terms that find a string, or null when a term of it is in no document. */
  private async needle(term: string): Promise<Needle | null> {
    const bigrams = term.length <= 2 ? [term] : [...new Set(Array.from({ length: term.length - 1 }, (_, i) => term.slice(i, i + 2)))]
    const entries = new Map<string, TermEntry | null>(await Promise.all(bigrams.map(async (b) => [b, await this.index.entry(b)] as const)))
    if ([...entries.values()].some((e) => !e)) return null
    const parts = [...entries.values()].map((e) => e!).sort((a, b) => a.docCount - b.docCount)
    return { parts, verify: term.length > 2 ? cover(term).map((c) => ({ offset: c.offset, entry: entries.get(c.bigram)! })) : null }
  }

  /** The candidates (ascending) that hold the string, exactly: those holding all its bigrams, then verified. */
  private async holding(n: Needle, candidates: number[]): Promise<number[]> {
    for (const e of n.parts) if (candidates.length) candidates = intersect(candidates, await this.index.parts(e, candidates, false))
    return n.verify && candidates.length ? this.verified(n, candidates) : candidates
  }

  /** The candidates (ascending, each holding every bigram of the string) where the bigrams' positions make it whole. */
  private async verified(n: Needle, candidates: number[]): Promise<number[]> {
    const parts = n.verify!
    const walks = (await Promise.all(parts.map((p) => this.index.parts(p.entry, candidates, true)))).map((blocks) => new BlockWalk(blocks))
    const out: number[] = []
    const positions: number[][] = new Array(walks.length)
    // one walk along every term's blocks (all ascending), no lookup tables: this runs for every candidate of a
    // common word
    next: for (const d of candidates) {
      for (let k = 0; k < walks.length; k++) {
        if (!walks[k]!.has(d)) continue next
        positions[k] = walks[k]!.positions()
      }
      if (positions[0]!.some((p) => parts.every((part, k) => k === 0 || hasSorted(positions[k]!, p + part.offset)))) out.push(d)
    }
    return out
  }

  /** The document ranges whose dates may fall within the bounds. */
  private async dateRanges(from?: string, to?: string): Promise<[number, number][]> {
    const { dates, runs } = await this.index.dateRuns()
    const out: [number, number][] = []
    let doc = 0
    for (let i = 0; i < runs.length; i += 2) {
      const count = runs[i]!
      if (mayFallWithin(dates[runs[i + 1]!]!, from, to)) {
        const last = out.at(-1)
        if (last && last[1] === doc - 1) last[1] = doc + count - 1
        else out.push([doc, doc + count - 1])
      }
      doc += count
    }
    return out
  }

  private async hits(docs: number[], exact: Set<number>, raw: string[], terms: string[]): Promise<SearchHit[]> {
    const frags = await Promise.all(docs.map((d) => this.index.fragment(d)))
    return frags.map((f, i) => ({
      id: f.id,
      headline: f.headline,
      kind: f.kind,
      place: f.place,
      paper: f.paper,
      day: f.day,
      date: f.date,
      exact: exact.has(docs[i]!),
      count: countHits(searchable(f.text), terms),
      ...snippetOf(f.text, f.text.slice(f.body[0], f.body[1]), raw),
    }))
  }

  /**
   * Results per month (YYYY-MM; YYYY for a date known to its year, '' undated): from the page when it holds them
   * all, else from the date runs, counted run by run along the documents (`found`: the matches in the order of the
   * sort, newest first unless `oldest`).
   */
  private async histogram(found: number[][], oldest: boolean, total: number, hits: SearchHit[]): Promise<SearchResult['histogram']> {
    const counts = new Map<string, number>()
    const add = (bucket: string, n: number) => counts.set(bucket, (counts.get(bucket) ?? 0) + n)
    if (total <= hits.length) for (const h of hits) add(monthBucket(h.date), 1)
    else {
      const { dates, runs } = await this.index.dateRuns()
      let r = 0
      let end = runs[0] ?? 0
      let inRun = 0
      const count = (d: number) => {
        while (d >= end && r + 2 < runs.length) {
          if (inRun) add(monthBucket(dates[runs[r + 1]!]!), inRun)
          inRun = 0
          end += runs[(r += 2)]!
        }
        inRun++
      }
      // along the documents, ascending
      if (oldest) for (let p = found.length - 1; p >= 0; p--) for (let i = found[p]!.length - 1; i >= 0; i--) count(found[p]![i]!)
      else for (const part of found) for (let i = 0; i < part.length; i++) count(part[i]!)
      if (inRun) add(monthBucket(dates[runs[r + 1]!]!), inRun)
    }
    return [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([month, count]) => ({ month, count }))
  }
}

/** a segment grows to this many of the driver's blocks */
const MAX_SEGMENT_BLOCKS = 64

/** The document range of blocks [at, at + n) (in either order); empty (first > last) past the end. */
function spanOf(blocks: readonly { firstDoc: number; lastDoc: number }[], at: number, n: number): [number, number] {
  const group = blocks.slice(at, at + n)
  return group.length ? [Math.min(group[0]!.firstDoc, group.at(-1)!.firstDoc), Math.max(group[0]!.lastDoc, group.at(-1)!.lastDoc)] : [1, 0]
}

/** Starts fetching the block files of documents [a, b]: the driver's, and the other terms' when they are few. */
function prefetchSegment(index: TermIndexReader, required: TermEntry[], driver: TermEntry, a: number, b: number): void {
  for (const e of required) {
    const files = index.blockFiles(e, a, b)
    if (e === driver || files.length <= 2) index.prefetch(files)
  }
}

/** The first n matches: in the order found, or with `exact` the exact phrases first (relevance), each in that order. */
function firstOf(found: readonly number[][], n: number, exact: Set<number> | null): number[] {
  const out: number[] = []
  const take = (keep: (d: number) => boolean) => {
    for (const part of found) {
      for (let i = 0; i < part.length && out.length < n; i++) if (keep(part[i]!)) out.push(part[i]!)
      if (out.length >= n) return
    }
  }
  if (!exact?.size) take(() => true)
  else {
    take((d) => exact.has(d))
    take((d) => !exact.has(d))
  }
  return out
}
