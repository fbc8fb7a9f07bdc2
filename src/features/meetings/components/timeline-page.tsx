// /timeline: meetings month by month — the years to choose from, a year's months as a chart, and one month's meetings, filtered
// by place, type, person or a word of the name, a page at a time.
import { useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router'
import { lazy, Suspense } from 'react'
import { ChartSpace } from '@/components/chart-space'
import { useDocumentTitle } from '@/components/document-title'
import { FilterSelect } from '@/components/filter-select'
import { PageTitle } from '@/components/layout'
import { Pager, pageParam } from '@/components/pager'
import { Empty, Loading } from '@/components/states'
import { useT } from '@/lib/i18n'
import { compact } from '@/lib/search-params'
import { PAGE_SIZE } from '@/shared/views'
import { edtfDate, meetingPreciseDate } from '@/shared/precise-date'
import type { MeetingRow } from '@/shared/view-records'
import { filterRows } from '../meeting-rows'
import { timelineIndexQueryOptions, timelineMonthQueryOptions, timelineYearQueryOptions } from '../queries'
import { MeetingCard } from './meeting-card'
import { ExportButtons } from '@/components/export-buttons'
import { exportName } from '@/lib/export-table'
import type { ExportColumns } from '@/lib/export-table'

// the chart library loads after the list: the list is the content, the chart comes when ready
const MonthChart = lazy(() => import('./month-chart').then((m) => ({ default: m.MonthChart })))

const route = getRouteApi('/timeline')

const MEETING_COLUMNS: ExportColumns<MeetingRow> = [
  ['id', (r) => r.meeting.id], ['name', (r) => r.meeting.name], ['date', (r) => edtfDate(meetingPreciseDate(r.meeting.date))], ['dateBasis', (r) => r.meeting.date.basis],
  ['dateText', (r) => r.meeting.date.text], ['place', (r) => r.place], ['type', (r) => r.type], ['chair', (r) => r.meeting.chair],
  ['speakers', (r) => r.meeting.speakers], ['attendees', (r) => r.meeting.attendees], ['articleId', (r) => r.meeting.articleId], ['sentence', (r) => r.meeting.sentence],
]

export function TimelinePage() {
  const t = useT()
  const search = route.useSearch()
  const navigate = useNavigate({ from: '/timeline' })
  const { data: index } = useSuspenseQuery(timelineIndexQueryOptions())
  const { month } = route.useLoaderData()
  const rows = useQuery({ ...timelineMonthQueryOptions(month ?? ''), enabled: !!month }).data
  const page = pageParam(search.page)
  // the chart shows one year's months: its size does not grow with the archive
  const year = month?.slice(0, 4)
  const months = useQuery({ ...timelineYearQueryOptions(year ?? ''), enabled: !!year && !month?.endsWith('-00') }).data?.months
  const label = (m: string) => (m.endsWith('-00') ? t.timeline.yearOnly(m.slice(0, 4)) : t.dates.month(Number(m.slice(0, 4)), Number(m.slice(5, 7))))
  useDocumentTitle(month ? `${t.timeline.title} · ${label(month)}` : t.timeline.title)
  const set = (patch: Record<string, string | undefined>) => navigate({ search: (prev) => compact({ ...prev, page: undefined, ...patch }) })
  const shown = filterRows(rows ?? [], search)
  const options = (pick: (r: NonNullable<typeof rows>[number]) => string[]) => [...new Set((rows ?? []).flatMap(pick))].sort((a, b) => a.localeCompare(b, 'zh'))
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE))
  const selects = [
    ['place', t.issues.place, options((r) => (r.place ? [r.place] : []))],
    ['type', t.timeline.type, options((r) => [r.type])],
    ['person', t.timeline.person, options((r) => [...r.meeting.chair, ...r.meeting.speakers, ...r.meeting.attendees])],
  ] as const
  return (
    <div>
      <PageTitle title={t.timeline.title} intro={t.timeline.intro} />
      <nav aria-label={t.issues.year} className="mb-2 flex flex-wrap gap-2 text-sm">
        {index.years.map(({ year: y, latest }) => (
          <Link key={y} to="/timeline" search={{ month: latest }} aria-current={y === year ? 'true' : undefined}
            className={`rounded px-2 py-0.5 ${y === year ? 'bg-red-800 text-white' : 'bg-stone-100'}`}>{y}</Link>
        ))}
      </nav>
      <Suspense fallback={<ChartSpace />}>
        {months ? <MonthChart data={months} selected={month ?? undefined} onSelect={(m) => set({ month: m, place: undefined, type: undefined, person: undefined, q: undefined })} /> : <ChartSpace />}
      </Suspense>
      {index.undated.length > 0 && (
        <p className="mt-2 flex flex-wrap gap-2 text-sm">
          {index.undated.filter((u) => u.year).map((u) => (
            <Link key={u.year} to="/timeline" search={{ month: `${u.year}-00` }} className="rounded bg-stone-100 px-2 py-0.5">{t.timeline.yearOnly(u.year)}{t.paren(u.count)}</Link>
          ))}
        </p>
      )}
      {month && <h2 className="mt-4 text-lg font-bold">{label(month)}</h2>}
      <form className="my-3 flex flex-wrap items-end gap-3" onSubmit={(e) => e.preventDefault()}>
        {selects.map(([key, text, values]) => (
          <FilterSelect key={key} label={text} value={search[key]} options={values} onChange={(v) => set({ [key]: v })} />
        ))}
        {(search.place || search.type || search.person || search.q) && (
          <Link to="/timeline" search={compact({ month: search.month })} className="text-sm underline">{t.timeline.clear}</Link>
        )}
      </form>
      {!month ? <Empty /> : !rows ? <Loading /> : (
        <>
          <div className="my-3 flex flex-wrap items-center justify-between gap-2">
            <p className="text-sm text-stone-700" role="status">{t.timeline.count(shown.length)}{search.q ? ` · “${search.q}”` : ''} · {t.timeline.inArchive(index.total)}</p>
            <ExportButtons name={exportName('meetings', [month, search.place, search.type, search.person, search.q])} columns={MEETING_COLUMNS} rows={shown} />
          </div>
          {shown.length === 0 ? <Empty /> : (
            <ul className="space-y-3" aria-label={label(month)}>
              {shown.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((r) => <MeetingCard key={r.meeting.id} row={r} />)}
            </ul>
          )}
          <Pager page={Math.min(page, pages)} pages={pages} label={t.timeline.title} />
        </>
      )}
    </div>
  )
}
