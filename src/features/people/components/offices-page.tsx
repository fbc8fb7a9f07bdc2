// /offices: one place's offices, the most reported first, each with its latest holder and their evidence, the
// whole succession a click away.
import { useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { getRouteApi, Link } from '@tanstack/react-router'
import { formatPreciseDate } from '@/components/date-label'
import { useDocumentTitle } from '@/components/document-title'
import { PageTitle } from '@/components/layout'
import { Pager, pageParam } from '@/components/pager'
import { Empty, Loading } from '@/components/states'
import { useT } from '@/lib/i18n'
import { preciseSpan } from '@/shared/precise-date'
import type { OfficeEntry } from '@/shared/views'
import { officeQueryOptions, officesIndexQueryOptions, officesQueryOptions } from '../queries'

const route = getRouteApi('/offices')

export function OfficesPage() {
  const t = useT()
  const search = route.useSearch()
  const { data: index } = useSuspenseQuery(officesIndexQueryOptions())
  const entry = index.places.find((p) => p.place === search.place) ?? (search.place ? undefined : index.places[0])
  const page = pageParam(search.page)
  const offices = useQuery({ ...officesQueryOptions(entry?.place ?? '', page), enabled: !!entry })
  const places = index.places.map((p) => p.place)
  useDocumentTitle(`${t.offices.title}${entry ? ` · ${entry.place}` : ''}`)
  return (
    <div>
      <PageTitle title={t.offices.title} intro={t.offices.intro} />
      <nav aria-label={t.issues.place} className="mb-4 flex flex-wrap gap-2 text-sm">
        {places.map((p) => (
          <Link key={p} to="/offices" search={{ place: p }} className={`rounded border px-2 py-0.5 ${p === entry?.place ? 'border-red-800 bg-red-800 text-white' : 'border-stone-300 bg-white'}`}>{p}</Link>
        ))}
      </nav>
      {!entry ? <Empty /> : !offices.data ? <Loading /> : [entry.place].map((p) => (
        <section key={p} aria-labelledby={`place-${p}`} className="mb-6">
          <h2 id={`place-${p}`} className="mb-2 text-lg font-bold">{p}</h2>
          <p className="mb-2 text-sm text-stone-700" role="status">{t.offices.count(offices.data.total)}</p>
          <table className="w-full border-collapse bg-white text-sm">
            <thead>
              <tr className="bg-stone-100 text-left"><th scope="col" className="w-1/3 px-3 py-1">{t.nav.offices}</th><th scope="col" className="px-3 py-1">{t.offices.holders}</th></tr>
            </thead>
            <tbody>
              {offices.data.items.map((o) => (
                <tr key={o.id} className="border-t border-stone-200 align-top">
                  <th scope="row" className="px-3 py-2 text-left font-medium">{o.title}</th>
                  <td className="px-3 py-2">
                    <Holders office={o} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager page={offices.data.page} pages={offices.data.pages} label={`${t.offices.title} ${p}`} />
        </section>
      ))}
    </div>
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
