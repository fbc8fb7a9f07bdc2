// Walks over sorted lists of document numbers, as the search needs them: intersecting a list with a term's blocks
// without joining them, stepping and galloping to a document, ranges of documents.
import type { Postings } from './format'
import { lowerBound } from './index-reader'

/**
 * The documents of `a` (ascending) in one of the blocks (ascending, disjoint), walked without joining them. The walk
 * of BlockWalk in local variables: on the count of three common words (225,000 matches) it took ~20% less time.
 */
export function intersect(a: readonly number[], blocks: readonly Postings[]): number[] {
  if (!blocks.length) return []
  // as long as `a` at most, cut to what was found: no growing while it fills
  const out = new Array<number>(a.length)
  let n = 0
  let p = 0
  let docs = blocks[0]!.docs
  let last = docs[docs.length - 1]!
  let i = 0
  for (let k = 0; k < a.length; k++) {
    const d = a[k]!
    if (d > last) {
      do p++
      while (p < blocks.length && blocks[p]!.docs[blocks[p]!.docs.length - 1]! < d)
      if (p === blocks.length) break
      docs = blocks[p]!.docs
      last = docs[docs.length - 1]!
      i = 0
    }
    i = step(docs, i, d)
    if (docs[i] === d) out[n++] = d
  }
  out.length = n
  return out
}

/** From `i`, the first index of a sorted list whose value is at least d (the list holds one): a few steps, else gallop. */
function step(docs: readonly number[], i: number, d: number): number {
  // lists alike in size walk; a few candidates in a long list leap
  if (docs[i]! < d && docs[i + 4]! < d) return gallop(docs, i + 4, d)
  while (docs[i]! < d) i++
  return i
}

/**
 * The first index from `i` of a sorted list whose value is at least x (the list holds one): steps doubling, then
 * halving. As fast as a walk when the lists are alike, and as a binary search when the candidates are few.
 */
function gallop(list: readonly number[], i: number, x: number): number {
  if (list[i]! >= x) return i
  let step = 1
  let lo = i
  while (lo + step < list.length && list[lo + step]! < x) {
    lo += step
    step *= 2
  }
  // list[lo] < x <= list[hi]
  let hi = Math.min(lo + step, list.length - 1)
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1
    if (list[mid]! < x) lo = mid
    else hi = mid
  }
  return hi
}

/** A walk along a term's blocks (ascending, disjoint) to documents asked for in ascending order. */
export class BlockWalk {
  private p = 0
  private i = 0
  private docs: readonly number[]
  private last: number

  constructor(private readonly blocks: readonly Postings[]) {
    this.docs = blocks[0]?.docs ?? []
    this.last = this.docs.length ? this.docs[this.docs.length - 1]! : Infinity
  }

  /** Whether the blocks hold d, never less than the document asked for before. */
  has(d: number): boolean {
    if (d > this.last) {
      const { blocks } = this
      do this.p++
      while (this.p < blocks.length && blocks[this.p]!.docs.at(-1)! < d)
      this.docs = blocks[this.p]?.docs ?? []
      this.last = this.docs.length ? this.docs[this.docs.length - 1]! : Infinity
      this.i = 0
    }
    this.i = step(this.docs, this.i, d)
    return this.docs[this.i] === d
  }

  /** The positions of the document `has` found last. */
  positions(): number[] {
    return this.blocks[this.p]!.positions![this.i]!
  }
}

/** Whether a sorted list holds x. */
export const hasSorted = (list: number[], x: number) => list[lowerBound(list, x)] === x

export function without(a: number[], b: number[]): number[] {
  const drop = new Set(b)
  return a.filter((d) => !drop.has(d))
}

export const overlaps = (ranges: [number, number][], a: number, b: number) => ranges.some(([x, y]) => x <= b && y >= a)
/** Whether a document is in one of the ranges (ascending, disjoint). */
export function inRanges(ranges: [number, number][], d: number): boolean {
  let lo = 0
  let hi = ranges.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (ranges[mid]![1] < d) lo = mid + 1
    else if (ranges[mid]![0] > d) hi = mid - 1
    else return true
  }
  return false
}
