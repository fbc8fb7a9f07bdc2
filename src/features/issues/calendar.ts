// A month as a calendar of weeks, each day with the pages printed on it.
import type { Issue } from '@/shared/corpus-schema'

export interface CalendarDay {
  day: number
  iso: string
  issues: Issue[]
}

/** Weeks of the month (Sunday first); null cells pad the first and last week. */
export function monthCalendar(issues: Issue[], year: number, month: number): (CalendarDay | null)[][] {
  const first = new Date(Date.UTC(year, month - 1, 1))
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const cells: (CalendarDay | null)[] = Array.from({ length: first.getUTCDay() }, () => null)
  for (let d = 1; d <= days; d++) {
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`
    cells.push({ day: d, iso, issues: issues.filter((i) => i.date.value === iso) })
  }
  while (cells.length % 7) cells.push(null)
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7))
}

/** Years and months that have dated pages, newest first. */
export function datedMonths(issues: Issue[]): { year: number; months: number[] }[] {
  const map = new Map<number, Set<number>>()
  for (const i of issues) {
    if (!i.date.value) continue
    const [y, m] = i.date.value.split('-').map(Number) as [number, number]
    map.set(y, (map.get(y) ?? new Set()).add(m))
  }
  return [...map].sort(([a], [b]) => b - a).map(([year, months]) => ({ year, months: [...months].sort((a, b) => a - b) }))
}
