import { describe, expect, it } from 'vitest'
import { issueOf } from '@/shared/corpus-records.test-utils'
import { datedMonths, monthCalendar } from './calendar'

describe('monthCalendar', () => {
  it('lays a month out in weeks from Sunday with the pages of each day', () => {
    const weeks = monthCalendar([issueOf('平阳县', '2025-06-13', undefined, 'a')], 2025, 6)
    expect(weeks[0]![0]).toMatchObject({ day: 1, iso: '2025-06-01' }) // 1 June 2025 was a Sunday
    const cells = weeks.flat().filter((c) => c)
    expect(cells).toHaveLength(30)
    expect(cells.find((c) => c!.day === 13)!.issues.map((i) => i.id)).toEqual(['a'])
    expect(weeks.every((w) => w.length === 7)).toBe(true)
  })
})

describe('datedMonths', () => {
  it('lists the years and months that have dated pages, newest year first, skipping undated pages', () => {
    const issues = [issueOf(null, '2025-06-13', undefined, 'a'), issueOf(null, '2025-01-10', undefined, 'b'), issueOf(null, '2020-06-03', undefined, 'c'), issueOf(null, null, ['2019-01-01', '2019-12-31'], 'd')]
    expect(datedMonths(issues)).toEqual([{ year: 2025, months: [1, 6] }, { year: 2020, months: [6] }])
  })
})
