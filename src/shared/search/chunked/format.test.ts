import { describe, expect, it } from 'vitest'
import { type BlockRef, decodeChunk, decodeDocs, decodePositions, encodeChunk, encodeDocs, encodePositions, type TermEntry } from './format'

const block = (firstDoc: number, file: number, offset: number, length: number, positions?: BlockRef['positions']): BlockRef => ({ firstDoc, lastDoc: firstDoc + 9, count: 4, file, offset, length, positions })

describe('a chunk', () => {
  it('reads back the terms it was written with: inline postings, and blocks across block and positions files', () => {
    const entries: TermEntry[] = [
      { term: '书', docCount: 3, hasPositions: false, inline: new Uint8Array([3, 1, 2, 3]) },
      {
        term: '书记',
        docCount: 12,
        hasPositions: true,
        blocks: [
          block(0, 4, 100, 7, { file: 9, offset: 0, length: 30 }),
          block(10, 4, 107, 6, { file: 9, offset: 30, length: 25 }),
          // the next block file, the same positions file
          block(20, 5, 0, 8, { file: 9, offset: 55, length: 31 }),
        ],
      },
      { term: '会', docCount: 8, hasPositions: false, blocks: [block(3, 5, 8, 5), block(40, 6, 0, 5)] },
    ]
    // (toEqual: a block without positions has none, as written with `positions: undefined`)
    expect(decodeChunk(encodeChunk(entries))).toEqual(entries)
  })

  it('refuses blocks that do not follow one another', () => {
    const entries: TermEntry[] = [{ term: '会', docCount: 8, hasPositions: false, blocks: [block(3, 5, 8, 5), block(40, 5, 100, 5)] }]
    expect(() => encodeChunk(entries)).toThrow(/out of order/)
  })
})

describe('a block', () => {
  it('reads back its documents and, from their own file, their positions', () => {
    const docs = [3, 9, 400, 70_000]
    const positions = [[0, 5], [2], [1, 7, 90], [12]]
    const d = encodeDocs(docs).done()
    const p = encodePositions(positions).done()
    expect(decodeDocs(d, 0, d.length)).toEqual(docs)
    expect(decodePositions(p, 0, p.length, docs.length)).toEqual(positions)
    expect(() => decodeDocs(d, 0, d.length - 1)).toThrow(RangeError)
  })
})
