import { describe, expect, it } from 'vitest'
import { parseNumber } from './chinese-numerals'

describe('parseNumber', () => {
  it.each([
    ['二', 2], ['十五', 15], ['二十二', 22], ['四十三', 43], ['一百零八', 108], ['两万', 20000], ['一万', 10000],
    ['三千五百万', 35000000], ['二〇一九', 2019], ['12', 12], ['2.5', 2.5],
  ])('reads %s as %d', (text, value) => expect(parseNumber(text)).toBe(value))

  it('is null for text that is not a number', () => {
    expect(parseNumber('第二')).toBeNull()
    expect(parseNumber('')).toBeNull()
  })
})
