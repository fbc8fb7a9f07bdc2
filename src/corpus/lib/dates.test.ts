import { describe, expect, it } from 'vitest'
import { addDays, isoDate, lunarDateOf, sameWeekday, weekdayOf } from './dates'

describe('dates', () => {
  it('builds ISO dates and rejects days that do not exist', () => {
    expect(isoDate(2025, 6, 13)).toBe('2025-06-13')
    expect(isoDate(2025, 2, 30)).toBeNull()
  })
  it('adds days across months', () => expect(addDays('2021-03-30', 6)).toBe('2021-04-05'))
  it('knows the weekday, with 日 and 天 both Sunday', () => {
    expect(weekdayOf('2025-06-13')).toBe('星期五')
    expect(sameWeekday('星期天', '2025-06-15')).toBe(true)
  })
  it('gives the lunar date as mastheads print it', () => expect(lunarDateOf('2025-06-13')).toBe('乙巳年五月十八'))
})
