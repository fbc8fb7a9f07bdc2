// Writes the term index (format.ts) from the documents, newest first, given segment by segment: each segment's
// fragments and dates as it comes, its postings as a run (term-runs.ts); at the end the runs are merged term by
// term into chunks and blocks. The builder writes through `emit`; tests keep the files in a map.
import type { PreciseDate } from '../../precise-date'
import type { SearchDoc } from '../search-docs'
import { ByteWriter } from './bytes'
import { type BlockRef, type DateRuns, encodeChunk, encodePostings, type Fragment, indexFile, type Postings, TERM_INDEX_FORMAT, type TermEntry, type TermIndexMeta } from './format'
import { RunCursor, termRun } from './term-runs'

export interface TermIndexLayout {
  /** documents per block of a common term */
  blockDocs: number
  /** documents per fragment file */
  fragmentDocs: number
  /** a chunk is closed once it holds this many bytes */
  chunkBytes: number
  /** a block file is closed once it holds this many bytes */
  blockFileBytes: number
  /** a term of one block is kept in its chunk when its postings take at most this */
  inlineBytes: number
}

/**
 * Sizes for a phone on a slow network: a rare name is two chunks of ~32 KB; a common word's first page is one
 * block file of ~64 KB; a page of 50 results is 13 fragment files when the results are neighbours (a common
 * word's newest) and at most 50 when they are scattered (4 documents a file: measured against 8, which halves
 * the requests of the first kind and doubles the bytes of the second, bench/results/search.json).
 */
export const DEFAULT_LAYOUT: TermIndexLayout = { blockDocs: 256, fragmentDocs: 4, chunkBytes: 32 * 1024, blockFileBytes: 64 * 1024, inlineBytes: 2048 }

type Emit = (path: string, content: string | Uint8Array) => void

export class TermIndexWriter {
  private readonly runs: Uint8Array[] = []
  private docs = 0
  private fragment: Fragment[] = []
  private fragments = 0
  private readonly dates: PreciseDate[] = []
  private readonly dateIndex = new Map<string, number>()
  private readonly dateRuns: number[] = []

  constructor(
    private readonly emit: Emit,
    private readonly layout: TermIndexLayout = DEFAULT_LAYOUT,
  ) {}

  /** The next documents (newest first), with their run (term-runs.ts) if the caller has it from an earlier build. */
  addDocs(docs: readonly SearchDoc[], run?: Uint8Array): Uint8Array {
    const made = run ?? termRun(docs, this.docs)
    this.runs.push(made)
    for (const d of docs) {
      this.fragment.push({ id: d.id, text: d.text, body: d.body, headline: d.headline, kind: d.kind, place: d.place, paper: d.paper ?? null, day: d.day, date: d.date })
      if (this.fragment.length === this.layout.fragmentDocs) this.flushFragment()
      this.addDate(d.date)
    }
    this.docs += docs.length
    return made
  }

  /** The number the next document will have. */
  get nextDoc(): number {
    return this.docs
  }

  private flushFragment(): void {
    this.emit(indexFile.fragment(this.fragments++), `${JSON.stringify(this.fragment)}\n`)
    this.fragment = []
  }

  private addDate(date: PreciseDate): void {
    const key = JSON.stringify(date)
    let i = this.dateIndex.get(key)
    if (i === undefined) {
      i = this.dates.push(date) - 1
      this.dateIndex.set(key, i)
    }
    const last = this.dateRuns.length - 2
    if (last >= 0 && this.dateRuns[last + 1] === i) this.dateRuns[last]!++
    else this.dateRuns.push(1, i)
  }

  /** Merges the runs into chunks and blocks, writes them, the dates and the meta file; returns the meta. */
  finish(): TermIndexMeta {
    if (this.fragment.length) this.flushFragment()
    this.emit(indexFile.dates, `${JSON.stringify({ dates: this.dates, runs: this.dateRuns } satisfies DateRuns)}\n`)
    const { layout } = this
    const chunks: string[] = []
    let chunk: TermEntry[] = []
    let chunkSize = 0
    const flushChunk = () => {
      this.emit(indexFile.chunk(chunks.length), encodeChunk(chunk))
      chunks.push(chunk[0]!.term)
      chunk = []
      chunkSize = 0
    }
    let blockFile = new ByteWriter()
    let blockFiles = 0
    const flushBlocks = () => {
      this.emit(indexFile.blocks(blockFiles++), blockFile.done())
      blockFile = new ByteWriter()
    }
    for (const { term, postings, positional } of mergeRuns(this.runs)) {
      const docCount = postings.docs.length
      const whole = docCount <= layout.blockDocs ? encodePostings(postings).done() : null
      let entry: TermEntry
      if (whole && whole.length <= layout.inlineBytes) {
        entry = { term, docCount, hasPositions: positional, inline: whole }
        chunkSize += term.length * 2 + whole.length + 4
      } else {
        const blocks: BlockRef[] = []
        for (let at = 0; at < docCount; at += layout.blockDocs) {
          const part: Postings = { docs: postings.docs.slice(at, at + layout.blockDocs) }
          if (postings.positions) part.positions = postings.positions.slice(at, at + layout.blockDocs)
          const offset = blockFile.length
          encodePostings(part, blockFile)
          blocks.push({ firstDoc: part.docs[0]!, lastDoc: part.docs.at(-1)!, count: part.docs.length, file: blockFiles, offset, length: blockFile.length - offset })
          if (blockFile.length >= layout.blockFileBytes) flushBlocks()
        }
        entry = { term, docCount, hasPositions: positional, blocks }
        chunkSize += term.length * 2 + blocks.length * 10 + 4
      }
      chunk.push(entry)
      if (chunkSize >= layout.chunkBytes) flushChunk()
    }
    if (chunk.length) flushChunk()
    if (blockFile.length) flushBlocks()
    const meta: TermIndexMeta = { format: TERM_INDEX_FORMAT, docs: this.docs, blockDocs: layout.blockDocs, fragmentDocs: layout.fragmentDocs, chunks, blockFiles, fragments: this.fragments }
    this.emit(indexFile.meta, `${JSON.stringify(meta)}\n`)
    return meta
  }
}

/** The runs' terms in code-unit order, each with its postings over every run (runs are in document order). */
function* mergeRuns(runs: readonly Uint8Array[]): Generator<{ term: string; postings: Postings; positional: boolean }> {
  const cursors = runs.map((r) => new RunCursor(r))
  for (;;) {
    let term: string | null = null
    for (const c of cursors) if (c.term !== null && (term === null || c.term < term)) term = c.term
    if (term === null) return
    let merged: Postings | null = null
    let positional = false
    for (const c of cursors) {
      if (c.term !== term) continue
      const { postings: p, positional: pos } = c.postings()
      positional = pos
      c.next()
      if (!merged) merged = p
      else {
        for (const d of p.docs) merged.docs.push(d)
        if (merged.positions && p.positions) for (const list of p.positions) merged.positions.push(list)
      }
    }
    yield { term, postings: merged!, positional }
  }
}
