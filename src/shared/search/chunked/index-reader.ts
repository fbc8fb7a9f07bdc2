// Reads the term index file by file, as a query needs it, and keeps what it read: chunks decoded, block files,
// positions files and what was decoded of them, fragments and the dates. `load` fetches a file of the index's
// folder (the worker fetches over the network through the service worker; tests read a map).
import { type BlockRef, chunkOf, type DateRuns, decodeChunk, decodeDocs, decodePositions, decodePostings, type FileSpan, type Fragment, indexFile, type Postings, type TermEntry, type TermIndexMeta } from './format'

export type LoadFile = (path: string) => Promise<Uint8Array>
/** a block's documents, a block's positions, or a small term's postings */
type Decoded = number[] | number[][] | Postings

const text = new TextDecoder()
/** What a reader keeps: the bytes of fetched files, and the bytes whose decoded numbers it keeps. */
export interface ReaderLimits {
  /** the decoded chunks and fragments are kept apart */
  fileBytes: number
  /** a number decoded takes ~8 bytes, its varint ~1.5 */
  decodedBytes: number
}
const LIMITS: ReaderLimits = { fileBytes: 64 * 2 ** 20, decodedBytes: 16 * 2 ** 20 }

export class TermIndexReader {
  private readonly files = new Map<string, Promise<Uint8Array>>()
  private readonly sizes = new Map<string, number>()
  private bytesKept = 0
  private readonly chunks = new Map<number, Promise<Map<string, TermEntry>>>()
  /** decoded: a block's documents under the block, its positions under their span, a small term's postings under its entry */
  private readonly decodedCache = new Map<object, { value: Decoded; size: number; used: boolean }>()
  private decodedSize = 0
  private readonly fragments = new Map<number, Promise<Fragment[]>>()
  private dates: Promise<DateRuns> | null = null

  constructor(
    readonly meta: TermIndexMeta,
    private readonly load: LoadFile,
    private readonly limits: ReaderLimits = LIMITS,
  ) {}

  /**
   * A file, fetched once while it is among the most recently used (a failed fetch is tried again next time). The
   * files kept are bounded by their bytes: a long session of common words would otherwise hold every block file.
   */
  file(path: string): Promise<Uint8Array> {
    let p = this.files.get(path)
    if (p) {
      // the most recently used last: Map keeps insertion order
      this.files.delete(path)
      this.files.set(path, p)
      return p
    }
    p = this.load(path)
    this.files.set(path, p)
    p.then(
      (bytes) => {
        this.sizes.set(path, bytes.length)
        this.bytesKept += bytes.length
        for (const [old] of this.files) {
          if (this.bytesKept <= this.limits.fileBytes || old === path) break
          this.forget(old)
        }
      },
      () => this.files.delete(path),
    )
    return p
  }

  private forget(path: string): void {
    this.files.delete(path)
    this.bytesKept -= this.sizes.get(path) ?? 0
    this.sizes.delete(path)
  }

  /** A term's entry, or null when no document holds it. */
  async entry(term: string): Promise<TermEntry | null> {
    const c = chunkOf(this.meta, term)
    if (c < 0) return null
    let chunk = this.chunks.get(c)
    if (!chunk) {
      chunk = this.file(indexFile.chunk(c)).then((bytes) => new Map(named(indexFile.chunk(c), () => decodeChunk(bytes)).map((e) => [e.term, e])))
      this.chunks.set(c, chunk)
      chunk.catch(() => this.chunks.delete(c))
    }
    return (await chunk).get(term) ?? null
  }

  /** The block files a term's postings over documents [from, to] lie in (none for a small term). */
  blockFiles(entry: TermEntry, from: number, to: number): number[] {
    return [...new Set(blocksIn(entry, from, to).map((b) => b.file))]
  }

  /** Starts fetching files ahead of need. */
  prefetch(files: number[]): void {
    for (const f of files) void this.file(indexFile.blocks(f)).catch(() => undefined)
  }

  /** A term's documents in [from, to], ascending. What it returns may be the reader's own list: callers do not change it. */
  async docsIn(entry: TermEntry, from: number, to: number): Promise<number[]> {
    const parts = (await this.parts(entry, { from, to }, false)).map((p) => p.docs)
    // a block read for its own range: itself; else each block cut to the range (only the first and the last can
    // stick out), joined
    if (parts.length === 1 && parts[0]![0]! >= from && parts[0]!.at(-1)! <= to) return parts[0]!
    const cut = parts.map((docs) => {
      const i = docs[0]! >= from ? 0 : lowerBound(docs, from)
      const j = docs.at(-1)! <= to ? docs.length : lowerBound(docs, to + 1)
      return i === 0 && j === docs.length ? docs : docs.slice(i, j)
    })
    return ([] as number[]).concat(...cut)
  }

  /**
   * A term's postings as its blocks hold them (ascending and disjoint, not cut to the range): over documents
   * [from, to], or the blocks that may hold one of `within`'s documents. Positions only when asked for. They are
   * the reader's own: callers do not change them.
   */
  async parts(entry: TermEntry, within: { from: number; to: number } | readonly number[], withPositions: boolean): Promise<Postings[]> {
    const positions = withPositions && entry.hasPositions
    if (entry.inline) {
      const inline = entry.inline
      const whole = this.decoded(entry, inline.length, () => decodePostings(inline, 0, inline.length, entry.hasPositions, true))
      return [positions ? whole : { docs: whole.docs }]
    }
    const blocks = 'from' in within ? blocksIn(entry, within.from, within.to) : blocksHolding(entry, within)
    const [docs, lists] = await Promise.all([this.blockDocs(blocks), positions ? this.blockPositions(blocks) : null])
    return blocks.map((_, i) => (lists ? { docs: docs[i]!, positions: lists[i]! } : { docs: docs[i]! }))
  }

  /** The blocks' documents. */
  private blockDocs(blocks: BlockRef[]): Promise<number[][]> {
    return this.decodeSpans(blocks, indexFile.blocks, (bytes, b) => decodeDocs(bytes, b.offset, b.offset + b.length))
  }

  /** The blocks' positions, from the positions files. */
  private blockPositions(blocks: BlockRef[]): Promise<number[][][]> {
    return this.decodeSpans(blocks.map((b) => b.positions!), indexFile.positions, (bytes, at, i) => decodePositions(bytes, at.offset, at.offset + at.length, blocks[i]!.count))
  }

  /**
   * Spans of files decoded, each kept under its own span (the chunks' objects live as long as the reader): a span
   * decoded before needs no file (its file may have left the files kept), and no key made for it.
   */
  private async decodeSpans<S extends FileSpan, T extends number[] | number[][]>(spans: S[], fileName: (file: number) => string, decode: (bytes: Uint8Array, span: S, i: number) => T): Promise<T[]> {
    const known = spans.map((s) => this.lookup(s) as T | undefined)
    if (!known.includes(undefined)) return known as T[]
    const bytes = await Promise.all(spans.map((s, i) => (known[i] ? null : this.file(fileName(s.file)))))
    return spans.map((s, i) => known[i] ?? this.decoded(s, s.length, () => named(fileName(s.file), () => decode(bytes[i]!, s, i))))
  }

  /** What was decoded under `key`, marked as used (a query touches thousands of blocks: a mark is all it costs). */
  private lookup(key: object): Decoded | undefined {
    const e = this.decodedCache.get(key)
    if (!e) return undefined
    e.used = true
    return e.value
  }

  /**
   * What was decoded under `key`, or decodes it now. What is kept is bounded by the bytes it came from (a measure
   * of the numbers it holds): a long session of common words would otherwise keep every block it decoded, and a
   * query's own blocks must stay while it is asked again. The oldest go first, but one used since it was last
   * looked at gets a second chance at the back (the clock algorithm: nearly least recently used, for a mark).
   */
  private decoded<T extends Decoded>(key: object, size: number, decode: () => T): T {
    let v = this.lookup(key) as T | undefined
    if (!v) {
      v = decode()
      this.decodedCache.set(key, { value: v, size, used: false })
      this.decodedSize += size
      for (const [old, e] of this.decodedCache) {
        if (this.decodedSize <= this.limits.decodedBytes || old === key) break
        this.decodedCache.delete(old)
        if (e.used) {
          e.used = false
          this.decodedCache.set(old, e)
        } else this.decodedSize -= e.size
      }
    }
    return v
  }

  /** The fragment (fields and text) of document `doc`. */
  async fragment(doc: number): Promise<Fragment> {
    const n = Math.floor(doc / this.meta.fragmentDocs)
    let f = this.fragments.get(n)
    if (!f) {
      f = this.file(indexFile.fragment(n)).then((bytes) => named(indexFile.fragment(n), () => JSON.parse(text.decode(bytes)) as Fragment[]))
      this.fragments.set(n, f)
      f.catch(() => this.fragments.delete(n))
    }
    const found = (await f)[doc % this.meta.fragmentDocs]
    if (!found) throw new RangeError(`${indexFile.fragment(n)} has no document ${doc}`)
    return found
  }

  /** Every document's date, as runs. */
  dateRuns(): Promise<DateRuns> {
    this.dates ??= this.file(indexFile.dates).then((bytes) => named(indexFile.dates, () => JSON.parse(text.decode(bytes)) as DateRuns))
    this.dates.catch(() => (this.dates = null))
    return this.dates
  }
}

/** Runs a decoder of a file; what it throws names the file (a corrupt or truncated copy). */
function named<T>(file: string, decode: () => T): T {
  try {
    return decode()
  } catch (e) {
    throw new Error(`search file ${file}: ${(e as Error).message}`, { cause: e })
  }
}

/** The blocks of a common term whose range holds one of the documents (ascending). */
function blocksHolding(entry: TermEntry, docs: readonly number[]): BlockRef[] {
  if (!docs.length) return []
  return blocksIn(entry, docs[0]!, docs.at(-1)!).filter((b) => {
    const i = lowerBound(docs, b.firstDoc)
    return i < docs.length && docs[i]! <= b.lastDoc
  })
}

/** The first index of a sorted list whose value is at least `x`. */
export function lowerBound(list: readonly number[], x: number): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (list[mid]! < x) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The blocks of a common term that hold documents in [from, to] (blocks are in document order and disjoint). */
function blocksIn(entry: TermEntry, from: number, to: number): BlockRef[] {
  const blocks = entry.blocks ?? []
  let lo = 0
  let hi = blocks.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (blocks[mid]!.lastDoc < from) lo = mid + 1
    else hi = mid
  }
  const out: BlockRef[] = []
  for (let i = lo; i < blocks.length && blocks[i]!.firstDoc <= to; i++) out.push(blocks[i]!)
  return out
}
