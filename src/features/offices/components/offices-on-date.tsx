// The 班子 on a day: a place's offices in protocol order, each with who held it that day and how it is known —
// the appointment notice, or sightings before and after the day — each linked to its evidence. It reads the one
// file of the day's year, and pages the offices.
import { useSuspenseQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { formatPreciseDate } from '@/components/date-label'
import { Pager } from '@/components/pager'
import { Empty } from '@/components/states'
import { useT } from '@/lib/i18n'
import { holdersOn, type HoldingBasis, type TenureHolder, type TenureOffice } from '@/shared/office-tenure'
import { preciseSpan } from '@/shared/precise-date'
import { PAGE_SIZE } from '@/shared/views'
import { officesOnQueryOptions } from '../queries'
import { ExportButtons } from '@/components/export-buttons'
import { exportName } from '@/lib/export-table'
import type { ExportColumns } from '@/lib/export-table'

/** One row per office and holder: who held what that day, how it is known, and the evidence. */
const CABINET_COLUMNS: ExportColumns<{ office: TenureOffice; holder: TenureHolder; basis: HoldingBasis }> = [
  ['title', (r) => r.office.title], ['name', (r) => r.holder.name], ['personId', (r) => r.holder.personId], ['basis', (r) => r.basis],
  ['appointed', (r) => r.holder.appointed?.date], ['removed', (r) => r.holder.removed?.date], ['firstSeen', (r) => r.holder.firstDate],
  ['lastSeen', (r) => r.holder.lastDate], ['articleIds', (r) => [...(r.holder.appointed ? [r.holder.appointed.articleId] : []), ...r.holder.articleIds]],
]

export function OfficesOnDate({ place, day, page }: { place: string; day: string; page: number }) {
  const t = useT()
  const { data } = useSuspenseQuery(officesOnQueryOptions(place, day.slice(0, 4)))
  const held = (data?.offices ?? []).map((office) => ({ office, holders: holdersOn(office, day) })).filter((o) => o.holders.length > 0)
  const pages = Math.max(1, Math.ceil(held.length / PAGE_SIZE))
  const shown = held.slice((Math.min(page, pages) - 1) * PAGE_SIZE, Math.min(page, pages) * PAGE_SIZE)
  return (
    <section aria-labelledby="on-date" className="mb-6">
      <h2 id="on-date" className="mb-2 text-lg font-bold">{t.offices.onDateHeading(place, t.dates.day(day))}</h2>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-stone-700" role="status">{t.offices.count(held.length)}</p>
        <ExportButtons name={exportName('offices', [place, day])} columns={CABINET_COLUMNS} rows={held.flatMap(({ office, holders }) => holders.map((h) => ({ office, ...h })))} />
      </div>
      {held.length === 0 ? <Empty>{t.offices.onDateNone}</Empty> : (
        <table className="w-full border-collapse bg-white text-sm">
          <thead>
            <tr className="bg-stone-100 text-left"><th scope="col" className="w-1/4 px-3 py-1">{t.nav.offices}</th><th scope="col" className="px-3 py-1">{t.offices.holders}</th></tr>
          </thead>
          <tbody>
            {shown.map(({ office, holders }) => (
              <tr key={office.id} className="border-t border-stone-200 align-top">
                <th scope="row" className="px-3 py-2 text-left font-medium">{office.title}</th>
                <td className="px-3 py-2">
                  <ul className="space-y-1">
                    {holders.map(({ holder, basis }) => <HolderOnDate key={holder.personId} holder={holder} basis={basis} />)}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager page={Math.min(page, pages)} pages={pages} label={t.offices.onDateTitle} />
    </section>
  )
}

function HolderOnDate({ holder, basis }: { holder: TenureHolder; basis: HoldingBasis }) {
  const t = useT()
  const notice = basis === 'appointed' ? holder.appointed : null
  return (
    <li>
      <Link to="/people/$personId" params={{ personId: holder.personId }} className="font-medium text-red-900 underline">{holder.name}</Link>
      <span className="ml-2 rounded bg-stone-100 px-1 text-xs">{t.offices.basis[basis]}</span>
      {notice ? (
        <Link to="/articles/$articleId" params={{ articleId: notice.articleId }} search={{ hl: holder.name, s: notice.sentence }} className="ml-2 text-xs underline" title={notice.sentence}>
          {t.offices.notice(t.people.actions[notice.action] ?? notice.action, t.dates.day(notice.date))}
        </Link>
      ) : (
        <span className="ml-2 text-xs text-stone-700">{t.offices.seenSpan(formatPreciseDate(preciseSpan(holder.firstDate, holder.lastDate), t))}</span>
      )}
      {holder.articleIds.map((id, i) => (
        <Link key={id} to="/articles/$articleId" params={{ articleId: id }} search={{ hl: holder.name }} className="ml-2 text-xs underline">[{i + 1}]</Link>
      ))}
    </li>
  )
}
