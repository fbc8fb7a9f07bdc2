// A month as a calendar of weeks, each day with the pages printed on it; and which place, year and month a
// calendar shows for the URL's params, with the months before and after it.
import type { IssueDate } from '@/shared/corpus-schema'
import { issuePreciseDate } from '@/shared/precise-date'
import type { CalendarIndex } from '@/shared/view-records'

export interface CalendarDay<T> {
  day: number
  iso: string
  issues: T[]
}

/** The day a page sits on in a calendar: its day when it is known, never the builder's guess within a range. */
export const knownDay = (date: IssueDate): string | null => (p => (p.precision === 'day' ? p.from : null))(issuePreciseDate(date))

/** Weeks of the month (Sunday first); null cells pad the first and last week. */
export function monthCalendar<T extends { date: IssueDate }>(issues: T[], year: number, month: number): (CalendarDay<T> | null)[][] {
  const first = new Date(Date.UTC(year, month - 1, 1))
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const byDay = new Map<string, T[]>()
  for (const i of issues) {
    const day = knownDay(i.date)
    if (day) byDay.set(day, [...(byDay.get(day) ?? []), i])
  }
  const cells: (CalendarDay<T> | null)[] = Array.from({ length: first.getUTCDay() }, () => null)
  for (let d = 1; d <= days; d++) {
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`
    cells.push({ day: d, iso, issues: byDay.get(iso) ?? [] })
  }
  while (cells.length % 7) cells.push(null)
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7))
}

const monthKey = (year: string | number, month: number) => `${year}-${String(month).padStart(2, '0')}`

/**
 * The place, year and month a calendar shows for the URL's params: the URL's when the archive has them, else the
 * first place, its latest year and that year's latest month; and the months before and after it that have pages.
 */
export function calendarSelection(index: CalendarIndex, search: { place?: string; year?: string; month?: string }) {
  const entry = index.places.find((p) => (p.place ?? '') === (search.place ?? index.places[0]?.place ?? '')) ?? index.places[0]
  const years = entry?.years ?? []
  const year = years.find((y) => y.year === search.year) ?? years[0]
  const m = Number(search.month)
  const month = year ? monthKey(year.year, year.months.includes(m) ? m : year.months.at(-1)!) : null
  const all = years.flatMap((y) => y.months.map((n) => monthKey(y.year, n))).sort()
  const at = month ? all.indexOf(month) : -1
  const link = (key: string | undefined) => (key ? { year: key.slice(0, 4), month: String(Number(key.slice(5))) } : null)
  return {
    entry: entry ?? null, place: entry?.place ?? null, year: year?.year ?? null, month,
    prev: link(at > 0 ? all[at - 1] : undefined), next: link(at >= 0 ? all[at + 1] : undefined),
    undated: entry?.undated ?? 0,
  }
}
