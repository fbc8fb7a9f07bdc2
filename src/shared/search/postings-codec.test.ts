import { describe, expect, it } from 'vitest'
import { decodePostings, encodePostings, type TermEntry } from './postings-codec'

const decodeAll = (parts: Uint8Array[]) => parts.flatMap(decodePostings)

describe('postings codec', () => {
  it('gives back exactly the term map it was given', () => {
    const entries: TermEntry[] = [
      ['县委', [[0, 1, 2, 700, 70000, 2147483647]]],
      ['ab', [[5]]],
      // a bigram may cut a surrogate pair: UTF-8 would lose the half
      ['\ud842', [[3]]],
      ['\udfb7城', [[1, 9]]],
      // unused score slots stay empty, and numbers need not ascend
      ['会议', [null, [9, 4, 4, 0]]],
    ]
    expect(decodeAll(encodePostings(entries, 1 << 20))).toEqual(entries)
  })

  it('cuts the map into parts of about the size asked, never splitting a term', () => {
    const entries: TermEntry[] = Array.from({ length: 300 }, (_, i) => [`词${i}`, [Array.from({ length: 50 }, (_, j) => i + j * 300)]])
    const parts = encodePostings(entries, 1000)
    expect(parts.length).toBeGreaterThan(10)
    // one entry is about 110 bytes: a part ends at the first entry that reaches the size
    expect(Math.max(...parts.map((p) => p.length))).toBeLessThan(1200)
    expect(decodeAll(parts)).toEqual(entries)
  })

  it('writes nothing for an empty map', () => {
    expect(encodePostings([], 1000)).toEqual([])
  })

  it('refuses data that is not a term map, and truncated data', () => {
    expect(() => encodePostings([['会议', [[1.5]]]], 1000)).toThrow(/document number/)
    expect(() => encodePostings([{ term: '会议' }], 1000)).toThrow(/\[term, slots\]/)
    const [part] = encodePostings([['会议', [[1, 2, 3]]]], 1000)
    expect(() => decodePostings(part!.slice(0, -1))).toThrow(/ends in the middle/)
    expect(() => decodePostings(new Uint8Array([...part!, 0]))).toThrow(/bytes left/)
  })
})
