import { describe, expect, it } from 'vitest'
import { placedTitle } from './placed-title'

describe('a title with its place', () => {
  it('names the level once: 平阳县人大常委会主任, not 平阳县县人大常委会主任', () => {
    expect(placedTitle('平阳县', '县人大常委会主任')).toBe('平阳县人大常委会主任')
    expect(placedTitle('丽水市', '市委书记')).toBe('丽水市委书记')
    expect(placedTitle('莲都区', '区委副书记')).toBe('莲都区委副书记')
    expect(placedTitle('阿鲁科尔沁旗', '旗委书记')).toBe('阿鲁科尔沁旗委书记')
    expect(placedTitle('浙江省', '省委书记')).toBe('浙江省委书记')
    expect(placedTitle('鳌江镇', '镇党委书记')).toBe('鳌江镇党委书记')
  })

  it('keeps the level of a head of it, and puts any other title after the place', () => {
    expect(placedTitle('平阳县', '县长')).toBe('平阳县县长')
    expect(placedTitle('平阳县', '副县长')).toBe('平阳县副县长')
    expect(placedTitle('浙江省', '省长')).toBe('浙江省省长')
    expect(placedTitle(null, '总书记')).toBe('总书记')
  })
})
