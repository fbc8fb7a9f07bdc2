import { describe, expect, it } from 'vitest'
import { fc, test } from '@fast-check/vitest'
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

describe('search params from any address', () => {
  const dayLike = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 })).map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
  test.prop([fc.oneof(dayLike, fc.string(), fc.anything())])('a date param is a real day or nothing, and never throws', (value) => {
    const day = isoDay(value)
    if (day === undefined) return
    const [y, m, d] = day.split('-').map(Number) as [number, number, number]
    expect(new Date(Date.UTC(y, m - 1, d)).getUTCDate()).toBe(d)
    expect(m).toBeGreaterThanOrEqual(1)
    expect(m).toBeLessThanOrEqual(12)
  })
  test.prop([fc.dictionary(fc.string(), fc.anything())])('text params keep only non-empty text of the keys asked for', (search) => {
    const out = textParams(search, ['q', 'page'])
    for (const [k, v] of Object.entries(out)) {
      expect(['q', 'page']).toContain(k)
      expect(typeof v === 'string' && v.length > 0 && v.length <= 200).toBe(true)
    }
  })
})
