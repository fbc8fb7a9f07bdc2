import { describe, expect, it } from 'vitest'
import { compact, isoDay, textParams } from './search-params'

describe('search params', () => {
  it('reads a date param only when it names a real day', () => {
    expect(isoDay('2019-06-01')).toBe('2019-06-01')
    expect(isoDay('2019-02-30')).toBeUndefined()
    expect(isoDay('2019-6-1')).toBeUndefined()
    expect(isoDay(20190601)).toBeUndefined()
    expect(isoDay(undefined)).toBeUndefined()
  })

  it('keeps text params that are set and drops the empty ones', () => {
    expect(textParams({ place: ' 平阳县 ', year: 2025, month: '' }, ['place', 'year', 'month'])).toEqual({ place: '平阳县', year: '2025' })
    expect(compact({ a: '1', b: undefined, c: '' })).toEqual({ a: '1' })
  })
})
