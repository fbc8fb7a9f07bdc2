import { useSuspenseQuery } from '@tanstack/react-query'
import { createFileRoute, Link } from '@tanstack/react-router'
import { DateLabel } from '@/components/date-label'
import { PageTitle } from '@/components/layout'
import { Empty, Loading, RouteError } from '@/components/states'
import { datedMonths, monthCalendar } from '@/features/issues/calendar'
import { issuesQueryOptions } from '@/features/issues/queries'
import { compact, textParams } from '@/lib/search-params'
import { useT } from '@/lib/strings'

export const Route = createFileRoute('/issues/')({
  validateSearch: (s: Record<string, unknown>) => textParams(s, ['place', 'year', 'month']),
  loader: ({ context: { queryClient } }) => queryClient.ensureQueryData(issuesQueryOptions()),
  pendingComponent: Loading,
  errorComponent: RouteError,
  component: IssuesCalendar,
})

function IssuesCalendar() {
  const t = useT()
  const search = Route.useSearch()
  const { data: all } = useSuspenseQuery(issuesQueryOptions())
  const places = [...new Set(all.map((i) => i.place ?? ''))].sort()
  const place = search.place ?? places[0] ?? ''
  const issues = all.filter((i) => (i.place ?? '') === place)
  const months = datedMonths(issues)
  const year = Number(search.year) || months[0]?.year
  const month = Number(search.month) || months.find((m) => m.year === year)?.months.at(-1) || 1
  const undated = issues.filter((i) => !i.date.value)
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
          <caption className="mb-2 text-left font-bold">{t.lang === 'en' ? `${t.issues.monthName(month)} ${year}` : `${year}年${month}月`}</caption>
          <thead>
            <tr>{t.issues.weekdays.map((d) => <th key={d} scope="col" className="py-1 text-sm text-stone-600">{d}</th>)}</tr>
          </thead>
          <tbody>
            {monthCalendar(issues, year, month).map((week, w) => (
              <tr key={w}>
                {week.map((cell, d) => (
                  <td key={d} className="h-12 border border-stone-200 align-top">
                    {cell && (cell.issues.length ? (
                      <Link to="/issues/$issueId" params={{ issueId: cell.issues[0]!.id }} className="block h-full bg-red-50 font-bold text-red-900 hover:bg-red-100" aria-label={`${cell.iso} ${t.articleCount(cell.issues.length)}`}>
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
