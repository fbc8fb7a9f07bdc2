// The postings of a run of consecutive documents (a segment of the corpus), every term's in one buffer: the unit
// the builder makes, caches by content and merges into the term index (write-index.ts). A segment's postings are
// made in memory; the corpus's never are, which bounds the builder's memory at any archive size.
import type { SearchDoc } from '../search-docs'
import { ByteReader, ByteWriter } from './bytes'
import { decodePostings, encodePostings, type Postings } from './format'
import { filterTerm, textTerms } from './terms'

export interface TermRun {
  /** the terms, in code-unit order */
  terms: string[]
  /** term i's postings are bytes[offsets[i], offsets[i + 1]) */
  offsets: Uint32Array
  /** 1 where a term's postings hold positions (bigrams) */
  positional: Uint8Array
  bytes: Uint8Array
}

/** The postings of documents numbered from `firstDoc`, in the order given. */
export function termRun(docs: readonly SearchDoc[], firstDoc: number): TermRun {
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
  const terms = [...postings.keys()].sort()
  const offsets = new Uint32Array(terms.length + 1)
  const positional = new Uint8Array(terms.length)
  const w = new ByteWriter()
  terms.forEach((t, i) => {
    const p = postings.get(t)!
    positional[i] = p.positions ? 1 : 0
    encodePostings(p, w)
    offsets[i + 1] = w.length
  })
  return { terms, offsets, positional, bytes: w.done() }
}

/** A run's postings of term i. */
export const runPostings = (run: TermRun, i: number): Postings => decodePostings(run.bytes, run.offsets[i]!, run.offsets[i + 1]!, run.positional[i] === 1, true)

/** A run as one buffer (the builder's cache keeps it between builds), and back. */
export function encodeRun(run: TermRun): Uint8Array {
  const w = new ByteWriter()
  w.uint(run.terms.length)
  run.terms.forEach((t, i) => {
    w.text(t)
    w.uint(run.positional[i]!)
    w.uint(run.offsets[i + 1]! - run.offsets[i]!)
  })
  w.bytes(run.bytes)
  return w.done()
}

export function decodeRun(buf: Uint8Array): TermRun {
  const r = new ByteReader(buf)
  const n = r.uint()
  const terms = new Array<string>(n)
  const offsets = new Uint32Array(n + 1)
  const positional = new Uint8Array(n)
  for (let i = 0; i < n; i++) {
    terms[i] = r.text()
    positional[i] = r.uint()
    offsets[i + 1] = offsets[i]! + r.uint()
  }
  const bytes = buf.slice(r.at)
  if (bytes.length !== offsets[n]) throw new RangeError(`a run of ${offsets[n]} bytes of postings holds ${bytes.length}`)
  return { terms, offsets, positional, bytes }
}
