// /coverage: a year of a place's paper as twelve rows of days, coloured where the archive has pages, so that a
// reader sees where the archive is silent before reading silence as absence.
import { useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi, Link } from '@tanstack/react-router'
import { useDocumentTitle } from '@/components/document-title'
import { PageTitle } from '@/components/layout'
import { Empty } from '@/components/states'
import { ExportButtons } from '@/components/export-buttons'
import { exportName } from '@/lib/export-table'
import { useT } from '@/lib/i18n'
import { COVERAGE_COLUMNS, coverageRows } from '../issue-columns'
import { compact } from '@/lib/search-params'
import { calendarDaysQueryOptions, calendarIndexQueryOptions } from '../queries'
import { usePlaceLabel } from '@/lib/place-names'

const route = getRouteApi('/coverage')

export function CoveragePage() {
  const t = useT()
  const placeLabel = usePlaceLabel()
  const { data: index } = useSuspenseQuery(calendarIndexQueryOptions())
  const { entry, place, year } = route.useLoaderData()
  const title = t.issues.coverageTitle(place ?? t.unknownPlace, year ?? '')
  useDocumentTitle(title)
  return (
    <div>
      <PageTitle title={title} intro={t.issues.coverageIntro} />
      <nav aria-label={t.issues.place} className="mb-3 flex flex-wrap gap-2">
        {index.places.map((p) => (
          <Link key={p.place ?? ''} to="/coverage" search={compact({ place: p.place ?? undefined })} className={`rounded border px-3 py-1 ${p.place === place ? 'border-red-800 bg-red-800 text-white' : 'border-stone-300 bg-white'}`}>{p.papers[0] ?? (p.place ? placeLabel(p.place) : t.unknownPlace)}</Link>
        ))}
      </nav>
      <nav aria-label={t.issues.year} className="mb-3 flex flex-wrap gap-2 text-sm">
        {(entry?.years ?? []).map((y) => (
          <Link key={y.year} to="/coverage" search={compact({ place: place ?? undefined, year: y.year })} aria-current={y.year === year ? 'true' : undefined} className={`inline-block min-h-6 rounded px-2 py-0.5 ${y.year === year ? 'bg-red-800 text-white' : 'bg-stone-100'}`}>{y.year}</Link>
        ))}
      </nav>
      {year ? <YearGrid place={place} year={year} /> : <Empty>{t.issues.none}</Empty>}
    </div>
  )
}

function YearGrid({ place, year }: { place: string | null; year: string }) {
  const t = useT()
  const { data } = useSuspenseQuery(calendarDaysQueryOptions(place, year))
  const counts = Object.values(data.days)
  return (
    <>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-stone-700" role="status">{t.issues.coverageCount(counts.length, counts.reduce((n, c) => n + c, 0))}</p>
        <ExportButtons name={exportName('coverage', [place, year])} columns={COVERAGE_COLUMNS} rows={coverageRows(year, data.days)} />
      </div>
      {/* a year is 31 columns: on a narrow screen it scrolls sideways inside its own box, and says so */}
      <p className="mb-1 text-xs text-stone-600 sm:hidden">{t.issues.coverageScrolls}</p>
      <div className="overflow-x-auto" role="region" aria-label={t.issues.coverageTitle(place ?? '', year)} tabIndex={0}>
      <table className="border-collapse text-center text-[10px]" aria-label={t.issues.coverageTitle(place ?? '', year)}>
        <tbody>
          {Array.from({ length: 12 }, (_, m) => {
            const month = String(m + 1).padStart(2, '0')
            const length = new Date(Date.UTC(Number(year), m + 1, 0)).getUTCDate()
            return (
              <tr key={month}>
                <th scope="row" className="pr-2 text-right text-xs font-normal text-stone-700">{t.issues.monthName(m + 1)}</th>
                {Array.from({ length: 31 }, (_, d) => {
                  const day = `${month}-${String(d + 1).padStart(2, '0')}`
                  const pages = data.days[day]
                  if (d >= length) return <td key={day} />
                  return (
                    <td key={day} className="p-px">
                      {pages ? (
                        <Link to="/issues" search={compact({ place: place ?? undefined, year, month: String(m + 1), day: `${year}-${day}` })} aria-label={`${year}-${day} ${t.home.pages(pages)}`}
                          className="block h-5 w-5 rounded-sm bg-red-800 leading-5 text-white hover:bg-red-900">{d + 1}</Link>
                      ) : (
                        <span className="block h-5 w-5 rounded-sm bg-stone-100 leading-5 text-stone-600">{d + 1}</span>
                      )}
                    </td>
                  )
                })}
              </tr>
            )
          })}
        </tbody>
      </table>
      </div>
    </>
  )
}
