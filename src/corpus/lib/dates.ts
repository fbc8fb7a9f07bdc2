// Calendar helpers: ISO dates in UTC, weekdays, and the lunar date printed in mastheads.
import { Solar } from 'lunar-javascript'
import type { ISODate, IssueDate } from '../../shared/corpus-schema'

export function isoDate(year: number, month: number, day: number): ISODate | null {
  const d = new Date(Date.UTC(year, month - 1, day))
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null
  return d.toISOString().slice(0, 10)
}

/** The year of a date known to lie within one year (2013-01-01 … 2013-12-31), or null. */
export function yearOfDate(date: IssueDate): number | null {
  const first = (date.value ?? date.earliest)?.slice(0, 4)
  return first && first === (date.value ?? date.latest)?.slice(0, 4) ? Number(first) : null
}

/**
 * A day a page prints without its month (13日: the article's month if it named one, else the page's month, or the
 * month before for a day after the page's own) or without its year (3月1日: the page's year, or the year before for
 * a month after the page's). Only with the page's own day: a day is never invented.
 */
export function dayNear(page: ISODate, day: number, month: number | null = null): ISODate | null {
  const [y, pm, pd] = page.split('-').map(Number) as [number, number, number]
  if (month) return isoDate(month > pm ? y - 1 : y, month, day)
  return day <= pd ? isoDate(y, pm, day) : pm > 1 ? isoDate(y, pm - 1, day) : isoDate(y - 1, 12, day)
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

/**
 * A month or a year a path carries where it carries no day: a mirror's month folder (news/202106/t123456.html,
 * html/2021-06/…) or a year folder (news/2018/…). Only whole folder names count.
 */
export function periodFromPath(path: string): { year: number; month: number | null; text: string } | null {
  const folders = path.split('/').slice(0, -1)
  for (const f of [...folders].reverse()) {
    const m = f.match(/^((?:19|20)\d{2})-?(0[1-9]|1[0-2])$/)
    if (m) return { year: Number(m[1]), month: Number(m[2]), text: f }
  }
  const year = [...folders].reverse().find((f) => /^(?:19|20)\d{2}$/.test(f))
  return year ? { year: Number(year), month: null, text: year } : null
}

/**
 * The date in a file's path, as a mirror of an e-paper or news site keeps its pages under their web address:
 * html/2014-09/23/…, pc/con/202103/30/…, …/20210330/…, news/2018/0115/…, 2021/03/30/…. Only whole path
 * segments count, so an article number (content_62148) never reads as a date.
 */
export function dateFromPath(path: string): { value: ISODate; text: string } | null {
  const segments = path.split('/').slice(0, -1)
  const file = path.split('/').pop() ?? ''
  const dir = segments.join('/')
  const forms: RegExp[] = [
    /(?:^|\/)((?:19|20)\d{2})-(\d{1,2})\/(\d{1,2})(?=\/|$)/, // 2014-09/23
    /(?:^|\/)((?:19|20)\d{2})(\d{2})\/(\d{2})(?=\/|$)/, // 202103/30
    /(?:^|\/)((?:19|20)\d{2})(\d{2})(\d{2})(?=\/|$)/, // 20210330
    /(?:^|\/)((?:19|20)\d{2})\/(\d{2})(\d{2})(?=\/|$)/, // 2018/0115
    /(?:^|\/)((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?=\/|$)/, // 2021/3/30
    /(?:^|\/)((?:19|20)\d{2})-(\d{2})-(\d{2})(?=\/|$)/, // 2021-03-30
    /(?:^|\/)((?:19|20)\d{2})\/[A-Za-z]+_(\d{2})(\d{2})(?=\/|$)/, // 2021/news_0330: a day's folder under its year
  ]
  for (const re of forms) {
    const m = dir.match(re)
    const value = m && isoDate(Number(m[1]), Number(m[2]), Number(m[3]))
    if (m && value) return { value, text: m[0].replace(/^\//, '') }
  }
  // a file named by its day: 2021-03-30.txt, 20210330_02.txt, or with the day between separators inside its
  // name (paper_20210330_1-01.txt); content_20210330.txt may be an article number, and is not read
  // (t20210330_123456.shtml: the page name of a government site's CMS, the day and the document's number)
  const named = file.match(/^t?((?:19|20)\d{2})-?(\d{2})-?(\d{2})(?=[_.-]|$)/) ?? file.match(/[_-]((?:19|20)\d{2})-?(\d{2})-?(\d{2})(?=[_-])/)
  const value = named && isoDate(Number(named[1]), Number(named[2]), Number(named[3]))
  return named && value ? { value, text: named[0] } : null
}
