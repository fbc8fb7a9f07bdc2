// /search: exact full-text search in the worker, its filters, the month histogram and the results a page at a time.
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router'
import { useDocumentTitle } from '@/components/document-title'
import { PageTitle } from '@/components/layout'
import { Pager, pageParam } from '@/components/pager'
import { Empty, Loading } from '@/components/states'
import { ExportButtons } from '@/components/export-buttons'
import { type ExportColumns, exportName } from '@/lib/export-table'
import { useT } from '@/lib/i18n'
import { edtfDate } from '@/shared/precise-date'
import { compact } from '@/lib/search-params'
import { ARTICLE_KINDS } from '@/shared/corpus-schema'
import type { SearchFilters, SearchHit } from '@/shared/search/search-types'
import { RESULTS_PER_PAGE, searchQueryOptions, suggestQueryOptions, warmUpSearch } from '../search-client'
import { PeopleCards } from './people-cards'
import { ResultHistogram } from './result-histogram'
import { SearchResults } from './search-results'
import { parseQuery } from '@/shared/search/query'

const route = getRouteApi('/search')

/** An export holds the results in order, up to this many (each result's snippet is read from its fragment file). */
const EXPORT_MAX = 2000

const HIT_COLUMNS: ExportColumns<SearchHit> = [
  ['id', (h) => h.id], ['headline', (h) => h.headline], ['kind', (h) => h.kind], ['paper', (h) => h.paper], ['place', (h) => h.place],
  ['date', (h) => (h.date ? edtfDate(h.date) : null)], ['hits', (h) => h.count], ['snippet', (h) => h.snippet],
]

export function SearchPage() {
  const t = useT()
  const queryClient = useQueryClient()
  const search = route.useSearch()
  const navigate = useNavigate({ from: route.id })
  const page = pageParam(search.page)
  const q = search.q ?? ''
  // a query of exclusions only (-书记) names nothing to find: said, not searched
  const parsed = parseQuery(q)
  const onlyExcluded = !!q.trim() && parsed.include.length === 0
  const sort: SearchFilters['sort'] = search.sort === 'newest' || search.sort === 'oldest' ? search.sort : undefined
  const filters: SearchFilters = compact({ place: search.place, from: search.from, to: search.to, kind: search.kind, person: search.person, sort })
  const result = useQuery({ ...searchQueryOptions(q, filters, page), placeholderData: keepPreviousData, enabled: !onlyExcluded && !!q.trim() })
  // the worker and the index's meta file load while the reader types
  useEffect(warmUpSearch, [])
  // a new filter starts again at the first page
  const set = (patch: Record<string, string | undefined>) => navigate({ search: (prev) => compact({ ...prev, page: undefined, ...patch }) })
  const data = result.data
  // a name or pinyin query (mxb) may find a person whose name the text never holds as typed: the cards say who
  const peopleFound = (useQuery({ ...suggestQueryOptions(q.trim()), enabled: !!q.trim() }).data?.people.length ?? 0) > 0
  useDocumentTitle(q ? `${t.search.title}${t.colon}${q}` : t.search.title)
  const pages = Math.max(1, Math.ceil((data?.result.total ?? 0) / RESULTS_PER_PAGE))
  const places = [...new Set((data?.result.hits ?? []).map((h) => h.place).filter((p): p is string => !!p))]
  return (
    <div>
      <PageTitle title={q ? `${t.search.title}${t.colon}${q}` : t.search.title} intro={t.search.prompt} />
      <form className="mb-4 flex flex-wrap items-end gap-3 text-sm" onSubmit={(e) => e.preventDefault()} aria-label={t.search.title}>
        <label>
          <span className="block text-stone-700">{t.issues.place}</span>
          <input list="search-places" defaultValue={search.place ?? ''} onChange={(e) => set({ place: e.target.value || undefined })} className="w-28 rounded border border-stone-300 px-2 py-1" />
          <datalist id="search-places">{places.map((p) => <option key={p} value={p} />)}</datalist>
        </label>
        <label>
          <span className="block text-stone-700">{t.search.kind}</span>
          <select value={search.kind ?? ''} onChange={(e) => set({ kind: e.target.value || undefined })} className="rounded border border-stone-300 bg-white px-2 py-1">
            <option value="">{t.any}</option>
            {ARTICLE_KINDS.map((k) => <option key={k} value={k}>{t.kinds[k]}</option>)}
          </select>
        </label>
        <label>
          <span className="block text-stone-700">{t.search.from}</span>
          <input type="month" value={search.from ?? ''} onChange={(e) => set({ from: e.target.value || undefined })} className="rounded border border-stone-300 px-2 py-1" />
        </label>
        <label>
          <span className="block text-stone-700">{t.search.to}</span>
          <input type="month" value={search.to ?? ''} onChange={(e) => set({ to: e.target.value || undefined })} className="rounded border border-stone-300 px-2 py-1" />
        </label>
        <label>
          <span className="block text-stone-700">{t.search.sort}</span>
          <select value={search.sort ?? 'relevance'} onChange={(e) => set({ sort: e.target.value === 'relevance' ? undefined : e.target.value })} className="rounded border border-stone-300 bg-white px-2 py-1">
            {Object.entries(t.search.sorts).map(([k, label]) => <option key={k} value={k}>{label}</option>)}
          </select>
        </label>
        {search.person && (
          <span className="rounded bg-stone-100 px-2 py-1">
            {t.search.person}{t.colon}{search.person}{' '}
            <button type="button" className="underline" onClick={() => set({ person: undefined })} aria-label={`${t.timeline.clear}: ${search.person}`}>×</button>
          </span>
        )}
        {(search.place || search.kind || search.from || search.to || search.person) && (
          <Link to="/search" search={compact({ q: search.q })} className="underline">{t.timeline.clear}</Link>
        )}
      </form>
      {q && <PeopleCards q={q} />}
      {!q ? null : onlyExcluded ? (
        <p role="status" className="rounded border border-stone-200 bg-white p-3">{t.search.onlyExcluded(parsed.exclude.join('、'))}</p>
      ) : result.isError && !data ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3">{navigator.onLine ? t.search.failed(result.error.message) : t.search.offline}</p>
      ) : !data ? <Loading /> : (
        <>
          <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
            <p role="status" className="text-sm text-stone-700">
              {data.result.complete ? t.search.total(data.result.total) : t.search.counting(data.result.total)}
            </p>
            <ExportButtons
              name={exportName('search', [q, search.place, search.kind, search.from, search.to, search.person, data.result.total > EXPORT_MAX ? `first-${EXPORT_MAX}` : null])}
              columns={HIT_COLUMNS}
              count={data.result.total}
              loadRows={async () => (await queryClient.fetchQuery(searchQueryOptions(q, filters, Math.ceil(Math.min(data.result.total, EXPORT_MAX) / RESULTS_PER_PAGE))))?.result.hits ?? []}
            />
          </div>
          <ResultHistogram buckets={data.result.histogram} onSelect={(bucket) => set(bucket.length === 4 ? { from: `${bucket}-01`, to: `${bucket}-12` } : { from: bucket, to: bucket })} />
          {data.result.total === 0 ? <Empty>{peopleFound ? t.search.noneButPeople : t.search.none}</Empty> : data.result.complete && page > pages ? (
            // an address past the last page (an old link, a hand-typed page=99): say so, one click from the last
            <Empty>
              {t.search.beyond(pages)} <Link to="/search" search={(prev) => ({ ...prev, page: pages > 1 ? String(pages) : undefined })} className="underline">{t.search.lastPage}</Link>
            </Empty>
          ) : (
            <>
              <SearchResults hits={data.result.hits.slice((page - 1) * RESULTS_PER_PAGE)} query={data.query} start={(page - 1) * RESULTS_PER_PAGE} />
              <Pager page={Math.min(page, pages)} pages={pages} label={t.search.title} />
            </>
          )}
        </>
      )}
    </div>
  )
}
