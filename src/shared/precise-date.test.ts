import { describe, expect, it } from 'vitest'
import type { IssueDate } from './corpus-schema'
import { citedDate, issuePreciseDate, mayFallWithin, monthBucket, preciseSpan } from './precise-date'

const date = (d: Partial<IssueDate>): IssueDate => ({ value: null, earliest: null, latest: null, basis: 'unknown', evidence: [], ...d })

describe('issuePreciseDate', () => {
  it('keeps a printed day as a day', () => {
    expect(issuePreciseDate(date({ value: '2025-06-13', earliest: '2025-06-13', latest: '2025-06-13', basis: 'masthead' }))).toEqual({ precision: 'day', from: '2025-06-13', to: '2025-06-13', inferred: false })
  })

  it('reads a page known only by its year as the year, never its first day', () => {
    const p = issuePreciseDate(date({ earliest: '2019-01-01', latest: '2019-12-31', basis: 'content' }))
    expect(p).toMatchObject({ precision: 'year', inferred: true })
    expect(citedDate(p)).toBe('2019')
    expect(monthBucket(p)).toBe('2019')
  })

  it('shows the week the content allows, not the day the builder picked within it', () => {
    const p = issuePreciseDate(date({ value: '2025-01-10', earliest: '2025-01-09', latest: '2025-01-15', basis: 'content' }))
    expect(p).toEqual({ precision: 'range', from: '2025-01-09', to: '2025-01-15', inferred: true })
    expect(citedDate(p)).toBe('2025-01')
    expect(monthBucket(p)).toBe('2025-01')
  })

  it('knows a whole month and an unknown date', () => {
    expect(preciseSpan('2024-02-01', '2024-02-29').precision).toBe('month')
    expect(preciseSpan('2023-02-01', '2023-02-28').precision).toBe('month')
    expect(issuePreciseDate(date({}))).toMatchObject({ precision: 'unknown', from: null })
    expect(citedDate(issuePreciseDate(date({})))).toBe('')
  })
})

describe('mayFallWithin', () => {
  const year2019 = preciseSpan('2019-01-01', '2019-12-31', true)

  it('finds a year-only page by any range that overlaps its year', () => {
    expect(mayFallWithin(year2019, '2019-03', '2019-12')).toBe(true)
    expect(mayFallWithin(year2019, '2019-01', '2019-01')).toBe(true)
    expect(mayFallWithin(year2019, '2020-01')).toBe(false)
    expect(mayFallWithin(year2019, undefined, '2018')).toBe(false)
  })

  it('takes bounds of a year, a month or a day, and keeps a day to its day', () => {
    const day = preciseSpan('2025-06-13', '2025-06-13')
    expect(mayFallWithin(day, '2025-06', '2025-06')).toBe(true)
    expect(mayFallWithin(day, '2025-06-14')).toBe(false)
    expect(mayFallWithin(day, '2025', '2025')).toBe(true)
    expect(mayFallWithin(preciseSpan(null, null), '2025')).toBe(false)
    expect(mayFallWithin(preciseSpan(null, null))).toBe(true)
  })
})
