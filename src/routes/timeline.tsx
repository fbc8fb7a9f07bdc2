import { useSuspenseQuery } from '@tanstack/react-query'
import { createFileRoute, Link, useNavigate } from '@tanstack/react-router'
import { FilterSelect } from '@/components/filter-select'
import { PageTitle } from '@/components/layout'
import { Empty, Loading, RouteError } from '@/components/states'
import { MonthChart } from '@/features/timeline/components/month-chart'
import { MeetingCard } from '@/features/timeline/components/meeting-card'
import { filterRows, groupRows, monthCounts } from '@/features/timeline/meeting-rows'
import { timelineQueryOptions } from '@/features/timeline/queries'
import { compact, textParams } from '@/lib/search-params'
import { useT } from '@/lib/strings'

export const Route = createFileRoute('/timeline')({
  validateSearch: (s: Record<string, unknown>) => textParams(s, ['place', 'year', 'month', 'person', 'type', 'q']),
  loader: ({ context: { queryClient } }) => queryClient.ensureQueryData(timelineQueryOptions()),
  pendingComponent: Loading,
  errorComponent: RouteError,
  component: Timeline,
})

function Timeline() {
  const t = useT()
  const search = Route.useSearch()
  const navigate = useNavigate({ from: Route.fullPath })
  const { data } = useSuspenseQuery(timelineQueryOptions())
  const rows = filterRows(data.rows, search)
  const options = (pick: (r: (typeof data.rows)[number]) => string | null) => [...new Set(data.rows.map(pick).filter((v): v is string => !!v))].sort()
  const set = (key: string, value: string | undefined) => navigate({ search: (prev) => compact({ ...prev, [key]: value || undefined }) })
  const selects = [
    ['place', t.issues.place, options((r) => r.place)],
    ['year', t.issues.year, options((r) => r.year)],
    ['type', t.timeline.type, options((r) => r.type)],
    ['person', t.timeline.person, [...new Set(data.rows.flatMap((r) => [...r.meeting.chair, ...r.meeting.speakers, ...r.meeting.attendees]))].sort((a, b) => a.localeCompare(b, 'zh'))],
  ] as const
  return (
    <div>
      <PageTitle title={t.timeline.title} intro={t.timeline.intro} />
      <form className="mb-4 flex flex-wrap items-end gap-3" onSubmit={(e) => e.preventDefault()}>
        {selects.map(([key, label, values]) => (
          <FilterSelect key={key} label={label} value={(search as Record<string, string | undefined>)[key]} options={values} onChange={(v) => set(key, v)} />
        ))}
        {Object.keys(search).length > 0 && (
          <Link to="/timeline" className="text-sm underline">{t.timeline.clear}</Link>
        )}
      </form>
      <MonthChart data={monthCounts(filterRows(data.rows, { ...search, month: undefined }))} selected={search.month} onSelect={(month) => set('month', month === search.month ? undefined : month)} />
      <p className="my-3 text-sm text-stone-700" role="status">{t.timeline.count(rows.length)}{search.q ? ` · “${search.q}”` : ''}</p>
      {rows.length === 0 ? <Empty /> : (
        <div className="space-y-6">
          {groupRows(rows).map((g) => (
            <section key={g.key} aria-label={g.month ? `${g.year}-${g.month}` : g.year ? t.timeline.yearOnly(g.year) : t.timeline.undated}>
              <h2 className="mb-2 border-b border-stone-300 font-bold">
                {g.month ? (t.lang === 'en' ? `${g.year}-${g.month}` : `${g.year}年${Number(g.month)}月`) : g.year ? t.timeline.yearOnly(g.year) : t.timeline.undated}
              </h2>
              <ul className="space-y-3">
                {g.rows.map((r) => <MeetingCard key={r.meeting.id} row={r} peopleByName={data.peopleByName} />)}
              </ul>
            </section>
          ))}
        </div>
      )}
    </div>
  )
}
