import { describe, expect, it } from 'vitest'
import { foldWidth } from './width'

describe('foldWidth', () => {
  it('reads half-width marks next to Chinese as full-width', () => {
    expect(foldWidth('5月18日,市人大常委会(草案)调研:会议;好!对?')).toBe('5月18日，市人大常委会（草案）调研：会议；好！对？')
  })
  it('keeps marks between digits and Latin text', () => {
    expect(foldWidth('共1,234人 10:30 (A)')).toBe('共1,234人 10:30 (A)')
  })
  it('keeps the length, so offsets stay valid', () => {
    const s = '(寿光市融媒体中心记者付惠敏 通讯员刘波)'
    expect(foldWidth(s)).toHaveLength(s.length)
    expect(foldWidth(s)).toBe('（寿光市融媒体中心记者付惠敏 通讯员刘波）')
  })
})
