// /issues: a place's pages as a calendar of one month, with its years and months to choose from, the month before
// and after, a day's pages listed, and the place's undated pages a page at a time. It reads the calendar's index,
// the one month file it shows and the first page of the undated ones: its weight does not grow with the archive.
import { useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi, Link } from '@tanstack/react-router'
import { DateLabel, formatDay } from '@/components/date-label'
import { useDocumentTitle } from '@/components/document-title'
import { PageTitle } from '@/components/layout'
import { Pager, pageParam } from '@/components/pager'
import { Empty } from '@/components/states'
import { ExportButtons } from '@/components/export-buttons'
import { exportName } from '@/lib/export-table'
import { useT } from '@/lib/i18n'
import { ISSUE_COLUMNS } from '../issue-columns'
import { compact } from '@/lib/search-params'
import type { IssueSummary } from '@/shared/view-records'
import { calendarIndexQueryOptions, calendarMonthQueryOptions, calendarUndatedQueryOptions } from '../queries'
import { MonthGrid } from './month-grid'
import { knownDay } from '../calendar'
import { usePlaceLabel } from '@/lib/place-names'

const route = getRouteApi('/issues/')

const chip = (on: boolean) => `inline-block min-h-6 rounded px-2 py-0.5 text-sm ${on ? 'bg-red-800 text-white' : 'bg-stone-100'}`

export function CalendarPage() {
  const t = useT()
  const placeLabel = usePlaceLabel()
  const search = route.useSearch()
  const { data: index } = useSuspenseQuery(calendarIndexQueryOptions())
  const selection = route.useLoaderData()
  const place = selection.place ?? ''
  const at = compact({ place: place || undefined })
  useDocumentTitle(`${t.issues.title} · ${place || t.unknownPlace}`)
  return (
    <div>
      <PageTitle title={t.issues.title} intro={t.issues.intro} />
      <nav aria-label={t.issues.place} className="mb-4 flex flex-wrap gap-2">
        {index.places.map((p) => p.place ?? '').map((p) => (
          <Link key={p} to="/issues" search={compact({ place: p || undefined })} className={`rounded border px-3 py-1 ${p === place ? 'border-red-800 bg-red-800 text-white' : 'border-stone-300 bg-white'}`}>
            {p ? placeLabel(p) : t.unknownPlace}
          </Link>
        ))}
      </nav>
      {selection.month && selection.year ? (
        <>
          <nav aria-label={t.issues.month} className="mb-4 space-y-2">
            <div className="flex flex-wrap items-center gap-2">
              {(selection.entry?.years ?? []).map((y) => (
                <Link key={y.year} to="/issues" search={{ ...at, year: y.year }} aria-current={y.year === selection.year ? 'true' : undefined} className={chip(y.year === selection.year)}>{y.year}</Link>
              ))}
            </div>
            <div className="flex flex-wrap items-center gap-2">
              {selection.entry?.years.find((y) => y.year === selection.year)?.months.map((m) => (
                <Link key={m} to="/issues" search={{ ...at, year: selection.year!, month: String(m) }} aria-current={Number(selection.month!.slice(5)) === m ? 'true' : undefined} className={chip(Number(selection.month!.slice(5)) === m)}>
                  {t.issues.monthName(m)}
                </Link>
              ))}
            </div>
          </nav>
          <Month place={selection.place} month={selection.month} day={search.day} />
          <p className="mt-2 text-sm"><Link to="/coverage" search={{ ...at, year: selection.year }} className="underline">{t.issues.coverage}</Link></p>
          <nav aria-label={t.issues.adjacentMonths} className="mt-3 flex max-w-md justify-between text-sm">
            {selection.prev ? <Link to="/issues" search={{ ...at, ...selection.prev }} rel="prev" className="underline">{t.issues.prevMonth}</Link> : <span />}
            {selection.next ? <Link to="/issues" search={{ ...at, ...selection.next }} rel="next" className="underline">{t.issues.nextMonth}</Link> : <span />}
          </nav>
        </>
      ) : (
        <Empty>{t.issues.none}</Empty>
      )}
      {selection.undated > 0 && <Undated place={selection.place} total={selection.undated} page={pageParam(search.page)} />}
    </div>
  )
}

/** The month's calendar and, when the URL names one of its days, that day's pages. */
function Month({ place, month, day }: { place: string | null; month: string; day?: string }) {
  const t = useT()
  const { data } = useSuspenseQuery(calendarMonthQueryOptions(place, month))
  const pagesOfDay = day ? data.issues.filter((i) => knownDay(i.date) === day).sort((a, b) => (a.page ?? 99) - (b.page ?? 99)) : []
  // pages of this month whose day is not known (a week the content allows): listed with their range, on no day
  const withoutDay = data.issues.filter((i) => !knownDay(i.date))
  return (
    <>
      <div className="mb-2 flex justify-end">
        <ExportButtons name={exportName('issues', [place, month])} columns={ISSUE_COLUMNS} rows={data.issues} />
      </div>
      <MonthGrid issues={data.issues} month={month} place={place} />
      {withoutDay.length > 0 && (
        <section className="mt-4" aria-labelledby="month-undated">
          <h2 id="month-undated" className="mb-2 font-bold">{t.issues.monthWithoutDay(withoutDay.length)}</h2>
          <PageList issues={withoutDay} dated />
        </section>
      )}
      {pagesOfDay.length > 0 && (
        <section className="mt-4" aria-labelledby="day-pages">
          <h2 id="day-pages" className="mb-2 font-bold">{t.issues.dayPages(formatDay(day!, t), pagesOfDay.length)}</h2>
          <PageList issues={pagesOfDay} />
        </section>
      )}
    </>
  )
}

function Undated({ place, total, page }: { place: string | null; total: number; page: number }) {
  const t = useT()
  const { data } = useSuspenseQuery(calendarUndatedQueryOptions(place, page))
  return (
    <section className="mt-6" aria-labelledby="undated">
      <h2 id="undated" className="mb-2 font-bold">{t.issues.undated}{t.paren(t.issues.undatedCount(total))}</h2>
      <PageList issues={data.items} dated />
      <Pager page={data.page} pages={data.pages} label={t.issues.undated} />
    </section>
  )
}

/** Pages as links: paper, page and section, the first headline; `dated` adds the date as far as it is known. */
function PageList({ issues, dated = false }: { issues: IssueSummary[]; dated?: boolean }) {
  const t = useT()
  return (
    <ul className="space-y-1">
      {issues.map((i) => (
        <li key={i.id}>
          <Link to="/issues/$issueId" params={{ issueId: i.id }} className="text-red-900 underline">
            {i.paper ?? i.place ?? ''} {i.page ? t.page(i.page) : t.unknownPage} {i.section ?? ''}
          </Link>
          {i.headline && <span className="ml-2 text-stone-700">{i.headline}</span>}
          {dated && <span className="ml-2"><DateLabel date={i.date} /></span>}
        </li>
      ))}
    </ul>
  )
}
