// /figures: one place's reported figures, newest first and a page at a time — all of them, or one label's with
// its values over the years. The place's labels are listed from the figures index.
import { useQueries, useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router'
import { lazy, Suspense } from 'react'
import { ChartSpace } from '@/components/chart-space'
import { useDocumentTitle } from '@/components/document-title'
import { FilterSelect } from '@/components/filter-select'
import { PageTitle } from '@/components/layout'
import { Pager, pageParam } from '@/components/pager'
import { Empty, Loading } from '@/components/states'
import { correctionEntry } from '@/lib/correction-draft'
import { useT } from '@/lib/i18n'
import { compact } from '@/lib/search-params'
import { AppliedCorrections, CorrectionDraft } from '@/components/correction-draft'
import { ExportButtons } from '@/components/export-buttons'
import { exportName } from '@/lib/export-table'
import { FIGURE_COLUMNS } from '../figure-table'
import { figureSeriesQueryOptions, figuresIndexQueryOptions, figuresPageQueryOptions } from '../queries'
import { usePlaceLabel } from '@/lib/place-names'

// the chart library loads after the list: the list is the content, the chart comes when ready
const TopSeries = lazy(() => import('./figure-charts').then((m) => ({ default: m.TopSeries })))
const SeriesCharts = lazy(() => import('./figure-charts').then((m) => ({ default: m.SeriesCharts })))

const route = getRouteApi('/figures')

/** Charts shown when no label is chosen. */
const TOP_CHARTS = 4

export function FiguresPage() {
  const t = useT()
  const placeLabel = usePlaceLabel()
  const search = route.useSearch()
  const navigate = useNavigate({ from: '/figures' })
  const { data: index } = useSuspenseQuery(figuresIndexQueryOptions())
  const { entry } = route.useLoaderData()
  const place = entry?.place ?? null
  const label = search.label ?? null
  const page = pageParam(search.page)
  const rows = useQuery({ ...figuresPageQueryOptions(place, label, page), enabled: !!entry }).data
  const series = useQuery({ ...figureSeriesQueryOptions(place, label ?? ''), enabled: !!entry && !!label }).data
  // with no label chosen: the indicators the place reports most that span several years, each in its main unit
  const topLabels = label ? [] : (entry?.labels ?? []).filter((l) => l.years >= 2).slice(0, TOP_CHARTS)
  const top = useQueries({ queries: topLabels.map((l) => figureSeriesQueryOptions(place, l.label)) }).flatMap((q, i) => {
    const main = q.data?.find((s) => s.unit === topLabels[i]!.unit)
    return main ? [{ label: topLabels[i]!.label, series: main }] : []
  })
  useDocumentTitle([t.figures.title, place, label].filter(Boolean).join(' · '))
  const set = (patch: Record<string, string | undefined>) => navigate({ search: (prev) => compact({ ...prev, page: undefined, ...patch }) })
  return (
    <div>
      <PageTitle title={t.figures.title} intro={t.figures.intro} />
      <form className="mb-4 flex flex-wrap items-end gap-3" onSubmit={(e) => e.preventDefault()}>
        <FilterSelect label={t.figures.place} value={place ?? undefined} options={index.places.map((p) => p.place ?? '').filter(Boolean).map((p) => [p, placeLabel(p)] as const)} onChange={(v) => set({ place: v, label: undefined })} />
        <FilterSelect label={t.figures.filterLabel} value={label ?? undefined} options={(entry?.labels ?? []).map((l) => [l.label, `${l.label}${t.paren(l.count)}`] as [string, string])} onChange={(v) => set({ label: v })} />
        <ExportButtons name={exportName('figures', [place, label, rows && rows.pages > 1 ? `p${rows.page}` : null])} columns={FIGURE_COLUMNS} rows={rows?.items ?? []} />
        {label && <Link to="/figures" search={compact({ place: search.place })} className="text-sm underline">{t.timeline.clear}</Link>}
      </form>
      {label ? (series ? <Suspense fallback={<ChartSpace />}><SeriesCharts label={label} series={series} /></Suspense> : null) : <Suspense fallback={<ChartSpace />}><TopSeries charts={top} labels={entry?.labels ?? []} /></Suspense>}
      {!entry || rows === null ? <Empty /> : !rows ? <Loading /> : (
        <>
          <p className="my-3 text-sm text-stone-700" role="status">{t.figures.count(rows.total)}</p>
          {rows.total === 0 ? <Empty /> : (
            <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white text-sm" aria-label={t.figures.title}>
              {rows.items.map(({ figure: f, place: at }) => (
                <li key={f.id} className="grid gap-x-4 px-3 py-2 md:grid-cols-[12rem_9rem_1fr]">
                  <Link to="/figures" search={compact({ place: at ?? undefined, label: f.label })} className="font-medium underline">{f.label}</Link>
                  <span className="whitespace-nowrap">
                    <span className="font-medium" title={`${f.value.toLocaleString('zh-CN')} ${f.unit}`}>{f.raw}</span>
                    {(f.year || at) && <span className="ml-2 text-xs text-stone-600">{[f.year, at].filter(Boolean).join(' ')}</span>}
                  </span>
                  <div>
                    <Link to="/articles/$articleId" params={{ articleId: f.articleId }} search={{ hl: f.raw, s: f.sentence }} className="text-stone-700 underline decoration-dotted">{f.sentence.length > 120 ? `${f.sentence.slice(0, 120)}…` : f.sentence}</Link>
                    <AppliedCorrections corrections={f.corrections} />
                    <CorrectionDraft entry={correctionEntry([['figure', f.id], ['set', { label: f.label, value: f.value, unit: f.unit, ...(f.year ? { year: f.year } : {}) }], ['note', '']])} />
                  </div>
                </li>
              ))}
            </ul>
          )}
          <Pager page={rows.page} pages={rows.pages} label={t.figures.title} />
        </>
      )}
    </div>
  )
}
