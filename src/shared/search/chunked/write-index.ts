// Writes the term index (format.ts) from the documents, newest first, given segment by segment: each segment's
// fragments and dates as it comes, its postings as a run (term-runs.ts); at the end the runs are merged term by
// term into chunks and blocks. The builder writes through `emit`; tests keep the files in a map.
import type { PreciseDate } from '../../precise-date'
import type { SearchDoc } from '../search-docs'
import { ByteWriter } from './bytes'
import { type BlockRef, type DateRuns, encodeChunk, encodeDocs, encodePositions, encodePostings, type FileSpan, type Fragment, indexFile, type Postings, TERM_INDEX_FORMAT, type TermEntry, type TermIndexMeta } from './format'
import { RunCursor, termRun } from './term-runs'

export interface TermIndexLayout {
  /** documents per block of a common term */
  blockDocs: number
  /** documents per fragment file */
  fragmentDocs: number
  /** a chunk is closed once it holds this many bytes */
  chunkBytes: number
  /** a block file (documents) is closed once it holds this many bytes */
  blockFileBytes: number
  /** a positions file is closed once it holds this many bytes */
  positionFileBytes: number
  /** a term of one block is kept in its chunk when its postings take at most this */
  inlineBytes: number
}

/**
 * Sizes for a phone on a slow network: a rare name is two chunks of ~8 KB (694 chunks of 32 KB at 600,000
 * documents took ~20 KB each over the wire for one term, and a query of three words reads five); a common word's first page is one
 * block file of ~16 KB (documents only: ~50 blocks of a common word); a page of 20 results is at most 20 fragment
 * files (4 documents a file: measured against 8, which halves the requests when the results are neighbours, a
 * common word's newest, and doubles the bytes when they are scattered, bench/results/search.json). Positions
 * come in files of ~64 KB: a term of three or more characters needs those of the blocks that hold its candidates.
 */
const DEFAULT_LAYOUT: TermIndexLayout = { blockDocs: 256, fragmentDocs: 4, chunkBytes: 8 * 1024, blockFileBytes: 16 * 1024, positionFileBytes: 64 * 1024, inlineBytes: 2048 }

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
    const files = writeTermFiles(mergeRuns(this.runs), this.layout, this.emit)
    const meta: TermIndexMeta = { format: TERM_INDEX_FORMAT, docs: this.docs, blockDocs: this.layout.blockDocs, fragmentDocs: this.layout.fragmentDocs, ...files, fragments: this.fragments }
    this.emit(indexFile.meta, `${JSON.stringify(meta)}\n`)
    return meta
  }
}

/** A term and its postings over every document, as the chunks and blocks are written from them. */
interface TermPostings {
  term: string
  postings: Postings
  /** a bigram: its postings have positions */
  positional: boolean
}

/** Writes the chunks, block files and positions files of the terms (in code-unit order); returns how many of each. */
function writeTermFiles(terms: Iterable<TermPostings>, layout: TermIndexLayout, emit: Emit): Pick<TermIndexMeta, 'chunks' | 'blockFiles' | 'positionFiles'> {
  const chunks: string[] = []
  let chunk: TermEntry[] = []
  let chunkSize = 0
  const flushChunk = () => {
    emit(indexFile.chunk(chunks.length), encodeChunk(chunk))
    chunks.push(chunk[0]!.term)
    chunk = []
    chunkSize = 0
  }
  const docFiles = new FileSeries(layout.blockFileBytes, (i, bytes) => emit(indexFile.blocks(i), bytes))
  const positionFiles = new FileSeries(layout.positionFileBytes, (i, bytes) => emit(indexFile.positions(i), bytes))
  for (const { term, postings, positional } of terms) {
    const docCount = postings.docs.length
    const whole = docCount <= layout.blockDocs ? encodePostings(postings).done() : null
    let entry: TermEntry
    if (whole && whole.length <= layout.inlineBytes) {
      entry = { term, docCount, hasPositions: positional, inline: whole }
      chunkSize += term.length * 2 + whole.length + 4
    } else {
      const blocks: BlockRef[] = []
      for (let at = 0; at < docCount; at += layout.blockDocs) {
        const docs = postings.docs.slice(at, at + layout.blockDocs)
        const block: BlockRef = { firstDoc: docs[0]!, lastDoc: docs.at(-1)!, count: docs.length, ...docFiles.add(encodeDocs(docs)) }
        if (positional) block.positions = positionFiles.add(encodePositions(postings.positions!.slice(at, at + layout.blockDocs)))
        blocks.push(block)
      }
      entry = { term, docCount, hasPositions: positional, blocks }
      chunkSize += term.length * 2 + blocks.length * 8 + 4
    }
    chunk.push(entry)
    if (chunkSize >= layout.chunkBytes) flushChunk()
  }
  if (chunk.length) flushChunk()
  return { chunks, blockFiles: docFiles.close(), positionFiles: positionFiles.close() }
}

/** Files written one after another, each closed once it holds `limit` bytes. */
class FileSeries {
  private file = new ByteWriter()
  private count = 0

  constructor(
    private readonly limit: number,
    private readonly write: (i: number, bytes: Uint8Array) => void,
  ) {}

  /** Appends the bytes; returns where they lie. */
  add(bytes: ByteWriter): FileSpan {
    const span = { file: this.count, offset: this.file.length, length: bytes.length }
    this.file.bytes(bytes.done())
    if (this.file.length >= this.limit) this.flush()
    return span
  }

  private flush(): void {
    this.write(this.count++, this.file.done())
    this.file = new ByteWriter()
  }

  /** Writes the last file; returns how many there are. */
  close(): number {
    if (this.file.length) this.flush()
    return this.count
  }
}

/** The runs' terms in code-unit order, each with its postings over every run (runs are in document order). */
function* mergeRuns(runs: readonly Uint8Array[]): Generator<TermPostings> {
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
