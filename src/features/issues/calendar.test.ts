import { describe, expect, it } from 'vitest'
import { issueOf } from '@/shared/corpus-records.test-utils'
import type { CalendarIndex } from '@/shared/view-records'
import { calendarSelection, monthCalendar } from './calendar'

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

describe('calendarSelection', () => {
  const index: CalendarIndex = {
    places: [
      { place: '平阳县', papers: ['平阳报'], undated: 2, years: [{ year: '2025', pages: 9, days: 3, months: [1, 6] }, { year: '2019', pages: 4, days: 2, months: [3, 12] }] },
      { place: '莲都区', papers: [], undated: 0, years: [] },
    ],
  }

  it('opens on the first place, its latest year and that year\'s latest month', () => {
    expect(calendarSelection(index, {})).toMatchObject({ place: '平阳县', year: '2025', month: '2025-06', prev: { year: '2025', month: '1' }, next: null, undated: 2 })
  })

  it('steps across years to the neighbouring months that have pages', () => {
    expect(calendarSelection(index, { year: '2025', month: '1' })).toMatchObject({ month: '2025-01', prev: { year: '2019', month: '12' }, next: { year: '2025', month: '6' } })
    expect(calendarSelection(index, { year: '2019', month: '3' })).toMatchObject({ prev: null, next: { year: '2019', month: '12' } })
  })

  it('falls back to the latest month of the year when the URL names a month without pages', () => {
    expect(calendarSelection(index, { year: '2019', month: '7' }).month).toBe('2019-12')
  })

  it('shows no month for a place with only undated pages', () => {
    expect(calendarSelection(index, { place: '莲都区' })).toMatchObject({ place: '莲都区', year: null, month: null, prev: null, next: null })
  })
})
