// A month as a calendar of weeks, each day with the pages printed on it; and which place, year and month a
// calendar shows for the URL's params.
import type { IssueDate } from '@/shared/corpus-schema'
import type { CalendarIndex } from '@/shared/views'

export interface CalendarDay<T> {
  day: number
  iso: string
  issues: T[]
}

/** Weeks of the month (Sunday first); null cells pad the first and last week. */
export function monthCalendar<T extends { date: IssueDate }>(issues: T[], year: number, month: number): (CalendarDay<T> | null)[][] {
  const first = new Date(Date.UTC(year, month - 1, 1))
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const byDay = new Map<string, T[]>()
  for (const i of issues) if (i.date.value) byDay.set(i.date.value, [...(byDay.get(i.date.value) ?? []), i])
  const cells: (CalendarDay<T> | null)[] = Array.from({ length: first.getUTCDay() }, () => null)
  for (let d = 1; d <= days; d++) {
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`
    cells.push({ day: d, iso, issues: byDay.get(iso) ?? [] })
  }
  while (cells.length % 7) cells.push(null)
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7))
}

/** Years and months that have dated pages, newest year first. */
export function datedMonths(issues: { date: IssueDate }[]): { year: number; months: number[] }[] {
  const map = new Map<number, Set<number>>()
  for (const i of issues) {
    if (!i.date.value) continue
    const [y, m] = i.date.value.split('-').map(Number) as [number, number]
    map.set(y, (map.get(y) ?? new Set()).add(m))
  }
  return [...map].sort(([a], [b]) => b - a).map(([year, months]) => ({ year, months: [...months].sort((a, b) => a - b) }))
}

/** The place and year a calendar shows: the URL's, else the first place and its latest dated year. */
export function calendarSelection(index: CalendarIndex, search: { place?: string; year?: string }) {
  const entry = index.places.find((p) => (p.place ?? '') === (search.place ?? index.places[0]?.place ?? '')) ?? index.places[0]
  const dated = entry?.years.filter((y) => y.year !== 'undated') ?? []
  const year = dated.find((y) => y.year === search.year)?.year ?? dated[0]?.year ?? null
  return { entry: entry ?? null, place: entry?.place ?? null, year, undated: entry?.years.some((y) => y.year === 'undated') ?? false }
}
