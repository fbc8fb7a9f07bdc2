// A month of a place's pages as a calendar table: a day with one page links to it, a day with several to the
// list of that day's pages (the URL's `day`); each day's label counts its pages.
import { Link } from '@tanstack/react-router'
import { useT } from '@/lib/i18n'
import { compact } from '@/lib/search-params'
import type { IssueSummary } from '@/shared/view-records'
import { monthCalendar } from '../calendar'

export function MonthGrid({ issues, month, place }: { issues: IssueSummary[]; month: string; place: string | null }) {
  const t = useT()
  const [year, m] = [Number(month.slice(0, 4)), Number(month.slice(5))]
  const cellLink = 'block h-full min-h-6 bg-red-50 font-bold text-red-900 hover:bg-red-100'
  return (
    <table className="w-full max-w-md table-fixed border-collapse bg-white text-center" aria-label={`${year} ${t.issues.monthName(m)}`}>
      <caption className="mb-2 text-left font-bold">{t.dates.month(year, m)}</caption>
      <thead>
        <tr>{t.issues.weekdays.map((d) => <th key={d} scope="col" className="py-1 text-sm text-stone-600">{d}</th>)}</tr>
      </thead>
      <tbody>
        {monthCalendar(issues, year, m).map((week, w) => (
          <tr key={w}>
            {week.map((cell, d) => (
              <td key={d} className="h-12 border border-stone-200 align-top">
                {cell && (cell.issues.length === 0 ? (
                  <span className="block text-stone-500">{cell.day}</span>
                ) : cell.issues.length === 1 ? (
                  <Link to="/issues/$issueId" params={{ issueId: cell.issues[0]!.id }} className={cellLink} aria-label={`${cell.iso} ${t.home.pages(1)}`}>{cell.day}</Link>
                ) : (
                  <Link to="/issues" search={compact({ place: place ?? undefined, year: String(year), month: String(m), day: cell.iso })} className={cellLink} aria-label={`${cell.iso} ${t.home.pages(cell.issues.length)}`}>
                    {cell.day}
                    <span className="block text-xs">×{cell.issues.length}</span>
                  </Link>
                ))}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
