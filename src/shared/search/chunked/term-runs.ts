// The postings of a run of consecutive documents (a segment of the corpus), as one buffer: the unit the builder
// makes, caches by content and merges into the term index (write-index.ts). Each term in code-unit order: its
// text, whether its postings hold positions, their length, and the postings (format.ts). A segment's postings
// are made in memory; the corpus's never are, and the runs are kept as bytes, outside the JavaScript heap.
import type { SearchDoc } from '../search-docs'
import { ByteReader, ByteWriter } from './bytes'
import { decodePostings, encodePostings, type Postings } from './format'
import { filterTerm, textTerms } from './terms'

/** The postings of documents numbered from `firstDoc`, in the order given. */
export function termRun(docs: readonly SearchDoc[], firstDoc: number): Uint8Array {
  const postings = new Map<string, Postings>()
  const add = (term: string, doc: number, positions?: number[]) => {
    let p = postings.get(term)
    if (!p) postings.set(term, (p = positions ? { docs: [], positions: [] } : { docs: [] }))
    p.docs.push(doc)
    if (positions) p.positions!.push(positions)
  }
  docs.forEach((d, i) => {
    const n = firstDoc + i
    const { chars, bigrams } = textTerms(d.text)
    for (const c of chars) add(c, n)
    for (const [b, at] of bigrams) add(b, n, at)
    if (d.place) add(filterTerm.place(d.place), n)
    add(filterTerm.kind(d.kind), n)
    for (const name of new Set(d.people)) add(filterTerm.person(name), n)
  })
  const w = new ByteWriter()
  for (const term of [...postings.keys()].sort()) {
    const p = postings.get(term)!
    const bytes = encodePostings(p).done()
    w.text(term)
    w.uint(p.positions ? 1 : 0)
    w.uint(bytes.length)
    w.bytes(bytes)
  }
  return w.done()
}

/** Reads a run term by term. */
export class RunCursor {
  private readonly r: ByteReader
  /** the current term (null past the last), and its postings' place in the run */
  term: string | null = null
  private positional = false
  private start = 0
  private end = 0

  constructor(private readonly run: Uint8Array) {
    this.r = new ByteReader(run)
    this.next()
  }

  /** Moves to the next term. */
  next(): void {
    if (!this.r.more) {
      this.term = null
      return
    }
    this.term = this.r.text()
    this.positional = this.r.uint() === 1
    const length = this.r.uint()
    this.start = this.r.at
    this.end = this.r.at += length
    if (this.end > this.run.length) throw new RangeError(`the postings of ${JSON.stringify(this.term)} run past the end of the run`)
  }

  /** The current term's postings, with positions when it has them. */
  postings(): { postings: Postings; positional: boolean } {
    return { postings: decodePostings(this.run, this.start, this.end, this.positional, true), positional: this.positional }
  }
}
