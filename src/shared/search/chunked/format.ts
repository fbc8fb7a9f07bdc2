// The files of the term index (one folder, named by the hash of its content):
//   terms.json         the meta file: the first term of each chunk, the sizes below, and where the rest is
//   terms-NNNN.bin     chunks: terms in code-unit order, each with its document count and either its postings
//                      inline (a small term) or the list of its blocks (a common one)
//   blocks-NNNN.bin    the blocks of common terms, one after another in term order: blockDocs documents each,
//                      so that a page of results needs a term's first block, never its whole list; documents only
//   pos-NNNN.bin       the positions of those blocks, in files of their own: most queries (words of one or two
//                      characters, and every document a longer term's bigrams rule out) never read them
//   frag-NNNNN.json    fragments: FRAGMENT_DOCS consecutive documents' texts and fields, for the results shown
//   dates.json         every document's date, as runs over the document numbers: the histogram and date filters
// Documents are numbered newest first, so that postings are in the default order of results and the first block
// of a term holds its newest documents.
import * as v from 'valibot'
import type { PreciseDate } from '../../precise-date'
import type { SearchDoc } from '../search-docs'
import { ByteReader, ByteWriter } from './bytes'

export const TERM_INDEX_FORMAT = 'term-chunks-2'

export const TermIndexMetaSchema = v.object({
  format: v.literal(TERM_INDEX_FORMAT),
  docs: v.number(),
  /** documents per block of a term's postings */
  blockDocs: v.number(),
  /** documents per fragment file: document d is in frag-(d / fragmentDocs) */
  fragmentDocs: v.number(),
  /** the first term of each chunk (chunk i holds the terms from chunks[i] up to chunks[i + 1]) */
  chunks: v.array(v.string()),
  blockFiles: v.number(),
  positionFiles: v.number(),
  fragments: v.number(),
})
/** The index's meta file (terms.json), which a reader loads first. */
export type TermIndexMeta = v.InferOutput<typeof TermIndexMetaSchema>

/** Every document's date as runs: `runs` holds pairs (document count, index into `dates`), in document order. */
export interface DateRuns {
  dates: PreciseDate[]
  runs: number[]
}

/** A search result's fields and text, as a fragment file holds them: a search document but its people (a filter term). */
export type Fragment = Omit<SearchDoc, 'people' | 'paper'> & { paper: string | null }

const pad = (n: number, width: number) => String(n).padStart(width, '0')
export const indexFile = {
  meta: 'terms.json',
  chunk: (i: number) => `terms-${pad(i, 4)}.bin`,
  blocks: (i: number) => `blocks-${pad(i, 4)}.bin`,
  positions: (i: number) => `pos-${pad(i, 4)}.bin`,
  fragment: (i: number) => `frag-${pad(i, 5)}.json`,
  dates: 'dates.json',
}

/** One term's postings over a run of documents, decoded: document numbers ascending, and each one's positions. */
export interface Postings {
  docs: number[]
  /** positions[i]: where document docs[i] holds the bigram (ascending); absent for characters and filters */
  positions?: number[][]
}

/** Postings as bytes: the documents (encodeDocs), then with positions each document's (encodePositions). */
export function encodePostings(p: Postings, w = new ByteWriter()): ByteWriter {
  encodeDocs(p.docs, w)
  if (p.positions) encodePositions(p.positions, w)
  return w
}

/** Document numbers as bytes: the count, then the gaps. */
export function encodeDocs(docs: readonly number[], w = new ByteWriter()): ByteWriter {
  w.uint(docs.length)
  let prev = 0
  for (const d of docs) {
    w.uint(d - prev)
    prev = d
  }
  return w
}

/** Each document's positions as bytes: every document's count, then every document's gaps. */
export function encodePositions(positions: readonly (readonly number[])[], w = new ByteWriter()): ByteWriter {
  for (const list of positions) w.uint(list.length)
  for (const list of positions) {
    let last = 0
    for (const at of list) {
      w.uint(at - last)
      last = at
    }
  }
  return w
}

/** Postings back from bytes; positions only when asked for (a two-character query needs the documents alone). */
export function decodePostings(buf: Uint8Array, start: number, end: number, hasPositions: boolean, withPositions: boolean): Postings {
  const r = new ByteReader(buf, start, end)
  const docs = readDocs(r)
  if (!hasPositions || !withPositions) return { docs }
  return { docs, positions: readPositions(r, docs.length) }
}

/** A block's documents back from its bytes in a block file. */
export function decodeDocs(buf: Uint8Array, start: number, end: number): number[] {
  const r = new ByteReader(buf, start, end)
  const docs = readDocs(r)
  if (r.more) throw new RangeError('bytes after the last document of a block')
  return docs
}

/** A block's positions back from its bytes in a positions file: `count` documents'. */
export function decodePositions(buf: Uint8Array, start: number, end: number, count: number): number[][] {
  const r = new ByteReader(buf, start, end)
  const positions = readPositions(r, count)
  if (r.more) throw new RangeError('bytes after the last position of a block')
  return positions
}

function readDocs(r: ByteReader): number[] {
  const n = r.uint()
  const docs = new Array<number>(n)
  let prev = 0
  for (let i = 0; i < n; i++) docs[i] = prev += r.uint()
  return docs
}

function readPositions(r: ByteReader, n: number): number[][] {
  const counts = new Array<number>(n)
  for (let i = 0; i < n; i++) counts[i] = r.uint()
  return counts.map((c) => {
    const list = new Array<number>(c)
    let at = 0
    for (let k = 0; k < c; k++) list[k] = at += r.uint()
    return list
  })
}

/** Where some bytes lie: a file's number and the range in it. */
export interface FileSpan {
  file: number
  offset: number
  length: number
}

/** Where one block of a common term lies: its documents' range, their bytes in a block file, and its positions'. */
export interface BlockRef extends FileSpan {
  firstDoc: number
  lastDoc: number
  count: number
  /** in a positions file, for a bigram */
  positions?: FileSpan
}

/** A term as a chunk lists it. */
export interface TermEntry {
  term: string
  docCount: number
  hasPositions: boolean
  /** a small term's postings, whole */
  inline?: Uint8Array
  /** a common term's blocks, in document order */
  blocks?: BlockRef[]
}

/**
 * A chunk as bytes. A common term's blocks follow one another in the block files (and the positions files): the
 * first block says where it lies, each next one only its length and whether it starts the next file.
 */
export function encodeChunk(entries: TermEntry[]): Uint8Array {
  const w = new ByteWriter()
  w.uint(entries.length)
  for (const e of entries) {
    w.text(e.term)
    w.uint(e.docCount)
    w.uint(e.hasPositions ? 1 : 0)
    if (e.inline) {
      w.uint(0)
      w.uint(e.inline.length)
      w.bytes(e.inline)
      continue
    }
    const blocks = e.blocks ?? []
    w.uint(blocks.length)
    const first = blocks[0]!
    w.uint(first.file)
    w.uint(first.offset)
    if (e.hasPositions) {
      w.uint(first.positions!.file)
      w.uint(first.positions!.offset)
    }
    let prev: BlockRef | null = null
    for (const b of blocks) {
      w.uint(b.firstDoc - (prev?.firstDoc ?? 0))
      w.uint(b.lastDoc - b.firstDoc)
      w.uint(b.count)
      w.uint(b.length * 2 + (prev && follows(prev, b) ? 0 : 1))
      if (e.hasPositions) w.uint(b.positions!.length * 2 + (prev && follows(prev.positions!, b.positions!) ? 0 : 1))
      prev = b
    }
  }
  return w.done()
}

/** Whether a span starts where the previous one ends (else it starts the next file). */
function follows(prev: FileSpan, next: FileSpan): boolean {
  if (next.file === prev.file && next.offset === prev.offset + prev.length) return true
  if (next.file === prev.file + 1 && next.offset === 0) return false
  throw new RangeError(`blocks out of order: ${prev.file}:${prev.offset} then ${next.file}:${next.offset}`)
}

/** The span after `prev`: right after it, or at the start of the next file. */
function nextSpan(prev: FileSpan | null, start: { file: number; offset: number }, lengthAndFlag: number): FileSpan {
  const length = Math.floor(lengthAndFlag / 2)
  if (!prev) return { file: start.file, offset: start.offset, length }
  return lengthAndFlag % 2 ? { file: prev.file + 1, offset: 0, length } : { file: prev.file, offset: prev.offset + prev.length, length }
}

export function decodeChunk(buf: Uint8Array): TermEntry[] {
  const r = new ByteReader(buf)
  const n = r.uint()
  const entries: TermEntry[] = []
  for (let i = 0; i < n; i++) {
    const term = r.text()
    const docCount = r.uint()
    const hasPositions = r.uint() === 1
    const blockCount = r.uint()
    if (blockCount === 0) {
      const len = r.uint()
      entries.push({ term, docCount, hasPositions, inline: buf.subarray(r.at, r.at + len) })
      r.at += len
      if (r.at > buf.length) throw new RangeError(`the postings of ${JSON.stringify(term)} run past the end of the chunk`)
      continue
    }
    const start = { file: r.uint(), offset: r.uint() }
    const posStart = hasPositions ? { file: r.uint(), offset: r.uint() } : null
    const blocks: BlockRef[] = []
    let prev: BlockRef | null = null
    for (let k = 0; k < blockCount; k++) {
      const firstDoc = (prev?.firstDoc ?? 0) + r.uint()
      const lastDoc = firstDoc + r.uint()
      const count = r.uint()
      const b: BlockRef = { firstDoc, lastDoc, count, ...nextSpan(prev, start, r.uint()) }
      if (posStart) b.positions = nextSpan(prev?.positions ?? null, posStart, r.uint())
      blocks.push((prev = b))
    }
    entries.push({ term, docCount, hasPositions, blocks })
  }
  if (r.more) throw new RangeError('bytes after the last term of the chunk')
  return entries
}

/** The chunk that holds a term, if any may: the last whose first term is not after it. */
export function chunkOf(meta: TermIndexMeta, term: string): number {
  let lo = 0
  let hi = meta.chunks.length - 1
  if (hi < 0 || term < meta.chunks[0]!) return -1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (meta.chunks[mid]! <= term) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** Every file of the index, the meta file first (paths inside the index's folder). */
export function termIndexFiles(meta: TermIndexMeta): string[] {
  const range = (n: number, name: (i: number) => string) => Array.from({ length: n }, (_, i) => name(i))
  return [indexFile.meta, indexFile.dates, ...range(meta.chunks.length, indexFile.chunk), ...range(meta.blockFiles, indexFile.blocks), ...range(meta.positionFiles, indexFile.positions), ...range(meta.fragments, indexFile.fragment)]
}
