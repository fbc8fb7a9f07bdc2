// Calendar helpers: ISO dates in UTC, weekdays, and the lunar date printed in mastheads.
import { Solar } from 'lunar-javascript'
import type { ISODate } from '../schema'

export function isoDate(year: number, month: number, day: number): ISODate | null {
  const d = new Date(Date.UTC(year, month - 1, day))
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null
  return d.toISOString().slice(0, 10)
}

export function addDays(date: ISODate, days: number): ISODate {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

const WEEKDAYS = '日一二三四五六'

/** 星期X of an ISO date (天 and 日 both mean Sunday). */
export function weekdayOf(date: ISODate): string {
  return `星期${WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]}`
}

export function sameWeekday(printed: string, date: ISODate): boolean {
  return printed.replace('天', '日') === weekdayOf(date)
}

/** The lunar date as mastheads print it: 乙巳年五月十八 (a leap month prints 闰). */
export function lunarDateOf(date: ISODate): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const lunar = Solar.fromYmd(y, m, d).getLunar()
  return `${lunar.getYearInGanZhi()}年${lunar.getMonthInChinese()}月${lunar.getDayInChinese()}`
}
