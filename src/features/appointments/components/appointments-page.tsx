// /appointments: every 任命/免去/辞去/当选 of a place's year, with the organ, the date, the person and the notice's
// sentence, filtered by organ and action and paged; the URL holds the whole state.
import { useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router'
import { AppliedCorrections, CorrectionDraft } from '@/components/correction-draft'
import { formatDay } from '@/components/date-label'
import { useDocumentTitle } from '@/components/document-title'
import { FilterSelect } from '@/components/filter-select'
import { PageTitle } from '@/components/layout'
import { Pager, pageParam } from '@/components/pager'
import { Empty } from '@/components/states'
import { correctionEntry } from '@/lib/correction-draft'
import { useT } from '@/lib/i18n'
import { compact } from '@/lib/search-params'
import { APPOINTMENT_ACTIONS } from '@/shared/corpus-schema'
import { PAGE_SIZE } from '@/shared/views'
import type { AppointmentRow } from '@/shared/view-records'
import { filterAppointments } from '../appointment-filter'
import { appointmentsIndexQueryOptions, appointmentsQueryOptions } from '../queries'
import { ExportButtons } from '@/components/export-buttons'
import { exportName } from '@/lib/export-table'
import type { ExportColumns } from '@/lib/export-table'
import { usePlaceLabel } from '@/lib/place-names'

const route = getRouteApi('/appointments')

export function AppointmentsPage() {
  const t = useT()
  const placeLabel = usePlaceLabel()
  const search = route.useSearch()
  const navigate = useNavigate({ from: '/appointments' })
  const { data: index } = useSuspenseQuery(appointmentsIndexQueryOptions())
  const { entry, place, year } = route.useLoaderData()
  useDocumentTitle(`${t.appointments.title}${place ? ` · ${place}` : ''}${year ? ` · ${year === 'undated' ? t.appointments.undated : year}` : ''}`)
  const set = (patch: Record<string, string | undefined>) => navigate({ search: (prev) => compact({ ...prev, page: undefined, ...patch }) })
  return (
    <div>
      <PageTitle title={t.appointments.title} intro={t.appointments.intro} />
      <nav aria-label={t.issues.place} className="mb-3 flex flex-wrap gap-2 text-sm">
        {index.places.map((p) => (
          <Link key={p.place ?? ''} to="/appointments" search={compact({ place: p.place ?? undefined })} className={`rounded border px-2 py-0.5 ${p.place === place ? 'border-red-800 bg-red-800 text-white' : 'border-stone-300 bg-white'}`}>{p.place ? placeLabel(p.place) : t.unknownPlace}</Link>
        ))}
      </nav>
      {!entry || !year ? <Empty /> : (
        <>
          <form className="mb-3 flex flex-wrap items-end gap-3" onSubmit={(e) => e.preventDefault()}>
            <FilterSelect label={t.appointments.year} value={year} options={entry.years.map((y) => [y.year, `${y.year === 'undated' ? t.appointments.undated : y.year}${t.paren(y.count)}`] as const)} onChange={(v) => set({ year: v })} />
            <FilterSelect label={t.appointments.organ} value={search.organ} options={entry.organs} onChange={(v) => set({ organ: v })} />
            <FilterSelect label={t.appointments.action} value={search.action} options={APPOINTMENT_ACTIONS.map((a) => [a, t.people.actions[a] ?? a] as const)} onChange={(v) => set({ action: v })} />
          </form>
          <Rows place={place} year={year} organ={search.organ} action={search.action} page={pageParam(search.page)} />
        </>
      )}
      <p className="mt-2 text-sm text-stone-600">{t.appointments.inArchive(index.total)}</p>
    </div>
  )
}

const APPOINTMENT_COLUMNS: ExportColumns<AppointmentRow> = [
  ['date', (r) => r.appointment.date], ['name', (r) => r.appointment.name], ['personId', (r) => r.personId], ['action', (r) => r.appointment.action],
  ['title', (r) => r.appointment.title], ['organ', (r) => r.appointment.org], ['decidedBy', (r) => r.appointment.decidedBy], ['place', (r) => r.place],
  ['articleId', (r) => r.appointment.articleId],
  ['sentence', (r) => r.appointment.sentence],
]

function Rows({ place, year, organ, action, page }: { place: string | null; year: string; organ?: string; action?: string; page: number }) {
  const t = useT()
  const { data } = useSuspenseQuery(appointmentsQueryOptions(place, year))
  const rows = filterAppointments(data, { organ, action })
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE))
  const at = Math.min(page, pages)
  const c = t.appointments.columns
  return (
    <>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-stone-700" role="status">{t.appointments.count(rows.length)}</p>
        <ExportButtons name={exportName('appointments', [place, year, organ, action])} columns={APPOINTMENT_COLUMNS} rows={rows} />
      </div>
      {rows.length === 0 ? <Empty /> : (
        // on a narrow screen the table scrolls within its own box, which the keyboard can reach and scroll too
        <div className="overflow-x-auto" role="region" aria-label={t.appointments.title} tabIndex={0}>
        <table className="w-full min-w-[40rem] border-collapse bg-white text-sm">
          <thead>
            <tr className="bg-stone-100 text-left">{[c.date, c.name, c.action, c.title, c.decidedBy, c.notice].map((h) => <th key={h} scope="col" className="px-2 py-1">{h}</th>)}</tr>
          </thead>
          <tbody>
            {rows.slice((at - 1) * PAGE_SIZE, at * PAGE_SIZE).map(({ appointment: a, personId, headline }, i) => (
              <tr key={`${a.articleId}-${a.name}-${a.title}-${i}`} className="border-t border-stone-200 align-top">
                <td className="whitespace-nowrap px-2 py-1">{a.date ? formatDay(a.date, t) : t.appointments.undated}</td>
                <td className="whitespace-nowrap px-2 py-1">{personId ? <Link to="/people/$personId" params={{ personId }} className="text-red-900 underline">{a.name}</Link> : a.name}</td>
                <td className="whitespace-nowrap px-2 py-1">{t.people.actions[a.action] ?? a.action}</td>
                <td className="px-2 py-1">{a.title}{a.org && <span className="block text-xs text-stone-600">{a.org}</span>}</td>
                <td className="px-2 py-1">{a.decidedBy ?? '—'}</td>
                <td className="px-2 py-1">
                  <Link to="/articles/$articleId" params={{ articleId: a.articleId }} search={{ hl: a.name, s: a.sentence }} className="underline" title={a.sentence}>{headline ?? t.untitled}</Link>
                  <p className="text-xs text-stone-600">“{a.sentence.length > 60 ? `${a.sentence.slice(0, 60)}…` : a.sentence}”</p>
                  <AppliedCorrections corrections={a.corrections} />
                  <CorrectionDraft entry={correctionEntry([['appointment', a.articleId], ['name', a.name], ['title', a.title], ['set', { title: a.title, action: a.action, ...(a.date ? { date: a.date } : {}) }], ['note', '']])} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
      <Pager page={at} pages={pages} label={t.appointments.title} />
    </>
  )
}
