// /issues: a place's pages as a calendar of one month, with its years and months to choose from, and its
// undated pages. It reads the calendar's index and the one year file it shows.
import { useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi, Link } from '@tanstack/react-router'
import { DateLabel } from '@/components/date-label'
import { useDocumentTitle } from '@/components/document-title'
import { PageTitle } from '@/components/layout'
import { Empty } from '@/components/states'
import { useT } from '@/lib/i18n'
import { compact } from '@/lib/search-params'
import { calendarSelection, datedMonths, monthCalendar } from '../calendar'
import { calendarIndexQueryOptions, calendarYearQueryOptions } from '../queries'

const route = getRouteApi('/issues/')

export function CalendarPage() {
  const t = useT()
  const search = route.useSearch()
  const { data: index } = useSuspenseQuery(calendarIndexQueryOptions())
  const selection = calendarSelection(index, search)
  const places = index.places.map((p) => p.place ?? '')
  const place = selection.place ?? ''
  const issues = useQuery({ ...calendarYearQueryOptions(selection.place, selection.year ?? ''), enabled: !!selection.year }).data?.issues ?? []
  const undated = useQuery({ ...calendarYearQueryOptions(selection.place, 'undated'), enabled: selection.undated }).data?.issues ?? []
  const months = datedMonths(issues)
  const year = selection.year ? Number(selection.year) : undefined
  const month = Number(search.month) || months.find((m) => m.year === year)?.months.at(-1) || 1
  useDocumentTitle(`${t.issues.title} · ${place || t.unknownPlace}`)
  return (
    <div>
      <PageTitle title={t.issues.title} intro={t.issues.intro} />
      <nav aria-label={t.issues.place} className="mb-4 flex flex-wrap gap-2">
        {places.map((p) => (
          <Link key={p} to="/issues" search={compact({ place: p || undefined })} className={`rounded border px-3 py-1 ${p === place ? 'border-red-800 bg-red-800 text-white' : 'border-stone-300 bg-white'}`}>
            {p || t.unknownPlace}
          </Link>
        ))}
      </nav>
      {year && (
        <nav aria-label={t.issues.month} className="mb-4 space-y-1">
          <div className="flex flex-wrap items-center gap-2">
            {(selection.entry?.years ?? []).filter((y) => y.year !== 'undated').map((y) => (
              <Link key={y.year} to="/issues" search={compact({ place: place || undefined, year: y.year })} aria-current={Number(y.year) === year ? 'true' : undefined}
                className={`rounded px-2 py-0.5 text-sm ${Number(y.year) === year ? 'bg-red-800 text-white' : 'bg-stone-100'}`}>
                {y.year}
              </Link>
            ))}
          </div>
          {months.map((y) => (
            <div key={y.year} className="flex flex-wrap items-center gap-2">
              <span className="w-14 font-medium">{y.year}</span>
              {y.months.map((m) => (
                <Link key={m} to="/issues" search={compact({ place: place || undefined, year: String(y.year), month: String(m) })}
                  className={`rounded px-2 py-0.5 text-sm ${y.year === year && m === month ? 'bg-red-800 text-white' : 'bg-stone-100'}`}>
                  {t.issues.monthName(m)}
                </Link>
              ))}
            </div>
          ))}
        </nav>
      )}
      {year ? (
        <table className="w-full max-w-md table-fixed border-collapse bg-white text-center" aria-label={`${year} ${t.issues.monthName(month)}`}>
          <caption className="mb-2 text-left font-bold">{t.dates.month(year, month)}</caption>
          <thead>
            <tr>{t.issues.weekdays.map((d) => <th key={d} scope="col" className="py-1 text-sm text-stone-600">{d}</th>)}</tr>
          </thead>
          <tbody>
            {monthCalendar(issues, year, month).map((week, w) => (
              <tr key={w}>
                {week.map((cell, d) => (
                  <td key={d} className="h-12 border border-stone-200 align-top">
                    {cell && (cell.issues.length ? (
                      <Link to="/issues/$issueId" params={{ issueId: cell.issues[0]!.id }} className="block h-full bg-red-50 font-bold text-red-900 hover:bg-red-100" aria-label={`${cell.iso} ${t.home.pages(cell.issues.length)}`}>
                        {cell.day}
                        {cell.issues.length > 1 && <span className="block text-xs">×{cell.issues.length}</span>}
                      </Link>
                    ) : (
                      <span className="block text-stone-500">{cell.day}</span>
                    ))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <Empty>{t.issues.none}</Empty>
      )}
      {undated.length > 0 && (
        <section className="mt-6" aria-labelledby="undated">
          <h2 id="undated" className="mb-2 font-bold">{t.issues.undated}</h2>
          <ul className="space-y-1">
            {undated.map((i) => (
              <li key={i.id}>
                <Link to="/issues/$issueId" params={{ issueId: i.id }} className="text-red-900 underline">
                  {i.page ? t.page(i.page) : t.unknownPage} {i.section ?? ''}
                </Link>{' '}
                <DateLabel date={i.date} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}
