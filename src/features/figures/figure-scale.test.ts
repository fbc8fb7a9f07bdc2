import { describe, expect, it } from 'vitest'
import { axisScale, scaled } from './figure-scale'

describe('axisScale', () => {
  it('reads hundreds of millions in 亿 and tens of thousands in 万', () => {
    const yuan = axisScale([4_450_000_000, 6_000_000_000], '元')
    expect(yuan).toEqual({ divisor: 1e8, unit: '亿元' })
    expect(scaled(4_450_000_000, yuan)).toBe(44.5)
    expect(axisScale([28_000, 45_000], '人次')).toEqual({ divisor: 1e4, unit: '万人次' })
  })

  it('keeps small counts and percentages as they are', () => {
    expect(axisScale([10, 12], '个')).toEqual({ divisor: 1, unit: '个' })
    expect(axisScale([1e9], '%')).toEqual({ divisor: 1, unit: '%' })
  })
})
