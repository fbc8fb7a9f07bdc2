// /offices: one place's offices, the most reported first, each with its latest holder and their evidence, the
// whole succession a click away; with a date, the 班子 on that day (offices-on-date.tsx).
import { useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router'
import { formatPreciseDate } from '@/components/date-label'
import { useDocumentTitle } from '@/components/document-title'
import { PageTitle } from '@/components/layout'
import { Pager, pageParam } from '@/components/pager'
import { Empty, Loading } from '@/components/states'
import { useT } from '@/lib/i18n'
import { compact } from '@/lib/search-params'
import { preciseSpan } from '@/shared/precise-date'
import type { OfficeEntry } from '@/shared/view-records'
import { officeQueryOptions, officesIndexQueryOptions, officesQueryOptions } from '../queries'
import { OfficesOnDate } from './offices-on-date'
import { ExportButtons } from '@/components/export-buttons'
import { exportName } from '@/lib/export-table'
import type { ExportColumns } from '@/lib/export-table'
import { usePlaceLabel } from '@/lib/place-names'

const route = getRouteApi('/offices')

export function OfficesPage() {
  const t = useT()
  const placeLabel = usePlaceLabel()
  const search = route.useSearch()
  const navigate = useNavigate({ from: '/offices' })
  const { data: index } = useSuspenseQuery(officesIndexQueryOptions())
  const { entry } = route.useLoaderData()
  const today = new Date().toISOString().slice(0, 10)
  useDocumentTitle(`${search.date ? t.offices.onDateTitle : t.offices.title}${entry ? ` · ${entry.place}` : ''}${search.date ? ` · ${t.dates.day(search.date)}` : ''}`)
  return (
    <div>
      <PageTitle title={search.date ? t.offices.onDateTitle : t.offices.title} intro={search.date ? t.offices.onDateIntro : t.offices.intro} />
      <nav aria-label={t.issues.place} className="mb-4 flex flex-wrap gap-2 text-sm">
        {index.places.map(({ place: p }) => (
          <Link key={p} to="/offices" search={compact({ place: p, date: search.date })} className={`rounded border px-2 py-0.5 ${p === entry?.place ? 'border-red-800 bg-red-800 text-white' : 'border-stone-300 bg-white'}`}>{placeLabel(p)}</Link>
        ))}
      </nav>
      {entry && (
        <form className="mb-4 flex flex-wrap items-end gap-3 text-sm" onSubmit={(e) => e.preventDefault()}>
          <label>
            <span className="block text-stone-700">{t.offices.date}</span>
            <input type="date" value={search.date ?? ''} min={entry.earliest ?? undefined} max={entry.latest ?? undefined} className="rounded border border-stone-300 px-2 py-1"
              onChange={(e) => navigate({ search: compact({ place: entry.place, date: e.target.value || undefined }) })} />
          </label>
          {entry.latest && <Link to="/offices" search={{ place: entry.place, date: entry.latest }} className="min-h-6 underline">{t.offices.latestDay}</Link>}
          {entry.earliest && entry.latest && entry.earliest <= today && today <= entry.latest && <Link to="/offices" search={{ place: entry.place, date: today }} className="min-h-6 underline">{t.offices.today}</Link>}
          {search.date && <Link to="/offices" search={{ place: entry.place }} className="min-h-6 underline">{t.offices.allOffices}</Link>}
        </form>
      )}
      {!entry ? <Empty /> : search.date ? <OfficesOnDate place={entry.place} day={search.date} page={pageParam(search.page)} /> : <OfficeList place={entry.place} page={pageParam(search.page)} />}
    </div>
  )
}

const OFFICE_COLUMNS: ExportColumns<OfficeEntry> = [
  ['id', (o) => o.id], ['place', (o) => o.place], ['title', (o) => o.title], ['holders', (o) => o.holderCount],
  ['latestHolder', (o) => o.holders[0]?.name], ['personId', (o) => o.holders[0]?.personId], ['firstSeen', (o) => o.holders[0]?.firstDate],
  ['lastSeen', (o) => o.holders[0]?.lastDate], ['sightings', (o) => o.holders[0]?.sightings],
]

/** The place's offices, the most reported first, each with its latest holder. */
function OfficeList({ place, page }: { place: string; page: number }) {
  const t = useT()
  const { data } = useSuspenseQuery(officesQueryOptions(place, page))
  return (
    <section aria-labelledby="offices-of-place" className="mb-6">
      <h2 id="offices-of-place" className="mb-2 text-lg font-bold">{place}</h2>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-stone-700" role="status">{t.offices.count(data.total)}</p>
        <ExportButtons name={exportName('offices', [place, data.pages > 1 ? `p${data.page}` : null])} columns={OFFICE_COLUMNS} rows={data.items} />
      </div>
      <table className="w-full border-collapse bg-white text-sm">
        <thead>
          <tr className="bg-stone-100 text-left"><th scope="col" className="w-1/3 px-3 py-1">{t.nav.offices}</th><th scope="col" className="px-3 py-1">{t.offices.holders}</th></tr>
        </thead>
        <tbody>
          {data.items.map((o) => (
            <tr key={o.id} className="border-t border-stone-200 align-top">
              <th scope="row" className="px-3 py-2 text-left font-medium">{o.title}</th>
              <td className="px-3 py-2">
                <Holders office={o} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager page={data.page} pages={data.pages} label={`${t.offices.title} ${place}`} />
    </section>
  )
}

/**
 * An office's latest holder; with a click, its whole succession from the office's own file, so that twenty years
 * of an office do not make the list heavier.
 */
function Holders({ office }: { office: OfficeEntry }) {
  const t = useT()
  const [all, setAll] = useState(false)
  const succession = useQuery({ ...officeQueryOptions(office.id), enabled: all })
  const holders = all && succession.data ? succession.data.holders : office.holders
  return (
    <>
      <ol className="space-y-1" start={holders === office.holders ? office.holderCount : 1}>
        {holders.map((h) => (
          <li key={h.personId}>
            <Link to="/people/$personId" params={{ personId: h.personId }} className="font-medium text-red-900 underline">{h.name}</Link>
            <span className="ml-2 text-stone-700">{t.people.seen(formatPreciseDate(preciseSpan(h.firstDate, h.lastDate), t))}</span>
            <span className="ml-2 text-xs text-stone-600">{t.people.sightings(h.sightings)}</span>
            {h.articleIds.map((id, i) => (
              <Link key={id} to="/articles/$articleId" params={{ articleId: id }} search={{ hl: h.name }} className="ml-2 text-xs underline">[{i + 1}]</Link>
            ))}
          </li>
        ))}
      </ol>
      {office.holderCount > 1 && !all && (
        <button type="button" onClick={() => setAll(true)} className="mt-1 min-h-6 text-xs underline">{t.offices.succession(office.holderCount)}</button>
      )}
      {all && succession.isPending && <Loading />}
    </>
  )
}
