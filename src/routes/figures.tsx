import { useSuspenseQuery } from '@tanstack/react-query'
import { createFileRoute, Link, useNavigate } from '@tanstack/react-router'
import { FilterSelect } from '@/components/filter-select'
import { PageTitle } from '@/components/layout'
import { Empty, Loading, RouteError } from '@/components/states'
import { FigureCharts } from '@/features/figures/components/figure-charts'
import { filterFigures, toCsv } from '@/features/figures/figure-table'
import { figuresQueryOptions } from '@/features/figures/queries'
import { compact, textParams } from '@/lib/search-params'
import { useT } from '@/lib/strings'

export const Route = createFileRoute('/figures')({
  validateSearch: (s: Record<string, unknown>) => textParams(s, ['label', 'unit', 'place', 'year', 'article']),
  loader: ({ context: { queryClient } }) => queryClient.ensureQueryData(figuresQueryOptions()),
  pendingComponent: Loading,
  errorComponent: RouteError,
  component: Figures,
})

function Figures() {
  const t = useT()
  const search = Route.useSearch()
  const navigate = useNavigate({ from: Route.fullPath })
  const { data } = useSuspenseQuery(figuresQueryOptions())
  const rows = filterFigures(data, search)
  const set = (key: string, value: string | undefined) => navigate({ search: (prev) => compact({ ...prev, [key]: value || undefined }), replace: key === 'label' })
  const units = [...new Set(data.map((r) => r.figure.unit))].sort()
  const places = [...new Set(data.map((r) => r.place).filter((p): p is string => !!p))].sort()
  const download = () => {
    const url = URL.createObjectURL(new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' }))
    const a = Object.assign(document.createElement('a'), { href: url, download: 'xianbao-figures.csv' })
    a.click()
    URL.revokeObjectURL(url)
  }
  return (
    <div>
      <PageTitle title={t.figures.title} intro={t.figures.intro} />
      <form className="mb-4 flex flex-wrap items-end gap-3" onSubmit={(e) => e.preventDefault()}>
        <label className="text-sm">
          <span className="block text-stone-700">{t.figures.filterLabel}</span>
          <input type="search" defaultValue={search.label ?? ''} onChange={(e) => set('label', e.target.value)} className="rounded border border-stone-300 px-2 py-1" />
        </label>
        <FilterSelect label={t.figures.filterUnit} value={search.unit} options={units} onChange={(v) => set('unit', v)} />
        <FilterSelect label={t.figures.place} value={search.place} options={places} onChange={(v) => set('place', v)} />
        <button type="button" onClick={download} className="rounded bg-red-800 px-3 py-1.5 text-sm text-white">{t.figures.csv}</button>
        {Object.keys(search).length > 0 && <Link to="/figures" className="text-sm underline">{t.timeline.clear}</Link>}
      </form>
      <FigureCharts rows={rows} all={data} label={search.label} article={search.article} />
      <p className="my-3 text-sm text-stone-700" role="status">{t.figures.count(rows.length)}</p>
      {rows.length === 0 ? <Empty /> : (
        <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white text-sm" aria-label={t.figures.title}>
          {rows.map(({ figure: f, place }) => (
            <li key={f.id} className="grid gap-x-4 px-3 py-2 md:grid-cols-[12rem_9rem_1fr]">
              <Link to="/figures" search={{ label: f.label }} className="font-medium underline">{f.label}</Link>
              <span className="whitespace-nowrap">
                {f.qualifier && <span className="mr-1 text-stone-600">{f.qualifier}</span>}
                {f.value.toLocaleString('zh-CN')} {f.unit}
                {(f.year || place) && <span className="ml-2 text-xs text-stone-600">{[f.year, place].filter(Boolean).join(' ')}</span>}
              </span>
              <Link to="/articles/$articleId" params={{ articleId: f.articleId }} search={{ hl: f.raw }} className="text-stone-700 underline decoration-dotted">{f.sentence.length > 120 ? `${f.sentence.slice(0, 120)}…` : f.sentence}</Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
