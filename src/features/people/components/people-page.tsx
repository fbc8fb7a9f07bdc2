// /people: the directory a page at a time (the people seen most first, optionally of one kind), or everyone a
// name or pinyin query matches, from the find buckets the query names.
import { type QueryClient, useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router'
import { useDocumentTitle } from '@/components/document-title'
import { FilterSelect } from '@/components/filter-select'
import { PageTitle } from '@/components/layout'
import { Pager, pageParam } from '@/components/pager'
import { Empty, Loading } from '@/components/states'
import { useT } from '@/lib/i18n'
import { compact } from '@/lib/search-params'
import { PAGE_SIZE } from '@/shared/views'
import type { PersonEntry } from '@/shared/view-records'
import { peopleFoundQueryOptions, peopleIndexQueryOptions, peoplePageQueryOptions } from '../queries'
import { PersonName } from '@/components/person-name'
import { ExportButtons } from '@/components/export-buttons'
import { fetchAllPages } from '@/lib/all-pages'
import { exportName } from '@/lib/export-table'
import type { ExportColumns } from '@/lib/export-table'

const route = getRouteApi('/people/')

const PEOPLE_COLUMNS: ExportColumns<PersonEntry> = [
  ['id', (p) => p.id], ['name', (p) => p.name], ['pinyin', (p) => p.romanized], ['kind', (p) => p.kind], ['region', (p) => p.region],
  ['latestTitle', (p) => p.latestTitle], ['places', (p) => p.places], ['articles', (p) => p.articles],
]

/** Every person of the list shown (a query's matches, or every page of the directory), for an export of all of it. */
async function allPeople(client: QueryClient, q: string | undefined, kind: PersonEntry['kind'] | null, matches: PersonEntry[] | undefined): Promise<PersonEntry[]> {
  return q ? (matches ?? []) : fetchAllPages(client, (n) => peoplePageQueryOptions(kind, n))
}

export function PeoplePage() {
  const t = useT()
  const queryClient = useQueryClient()
  const search = route.useSearch()
  const navigate = useNavigate({ from: '/people/' })
  const page = pageParam(search.page)
  const { data: index } = useSuspenseQuery(peopleIndexQueryOptions())
  useDocumentTitle(search.q ? `${t.people.title}${t.colon}${search.q}` : t.people.title)
  // a query's matches are cut into pages here; the directory's pages are files
  const found = useQuery({ ...peopleFoundQueryOptions(search.q ?? ''), enabled: !!search.q })
  const listed = useQuery({ ...peoplePageQueryOptions(search.kind ?? null, page), enabled: !search.q })
  const matches = found.data?.filter((p) => !search.kind || p.kind === search.kind)
  const shown: { items: PersonEntry[]; total: number; pages: number } | undefined = search.q
    ? matches && { items: matches.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), total: matches.length, pages: Math.max(1, Math.ceil(matches.length / PAGE_SIZE)) }
    : listed.data
  const set = (key: string, value: string | undefined) => navigate({ search: (prev) => compact({ ...prev, page: undefined, [key]: value || undefined }), replace: key === 'q' })
  return (
    <div>
      <PageTitle title={t.people.title} intro={t.people.intro} />
      <form className="mb-4 flex flex-wrap items-end gap-3" role="search" onSubmit={(e) => e.preventDefault()}>
        <label className="text-sm">
          <span className="block text-stone-700">{t.people.find}</span>
          <input type="search" defaultValue={search.q ?? ''} onChange={(e) => set('q', e.target.value)} className="rounded border border-stone-300 px-2 py-1" />
        </label>
        <FilterSelect label={t.people.kind} value={search.kind} options={Object.entries(t.people.kinds) as [string, string][]} onChange={(v) => set('kind', v)} />
      </form>
      {!shown ? <Loading /> : (
        <>
          <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
            <p className="text-sm text-stone-700" role="status">{t.people.count(shown.total)}{!search.q && !search.kind ? ` · ${t.people.inArchive(index.total)}` : ''}</p>
            <ExportButtons name={exportName('people', [search.q, search.kind])} columns={PEOPLE_COLUMNS} count={shown.total} loadRows={() => allPeople(queryClient, search.q, search.kind ?? null, matches)} />
          </div>
          {shown.total === 0 ? <Empty /> : (
            <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3" aria-label={t.people.title}>
              {shown.items.map((person) => (
                <li key={person.id} className="rounded border border-stone-200 bg-white px-3 py-2">
                  <Link to="/people/$personId" params={{ personId: person.id }} className="font-medium text-red-900 hover:underline"><PersonName name={person.name} romanized={person.romanized} /></Link>
                  <span className="ml-2 text-xs text-stone-600">{t.people.kinds[person.kind]}</span>
                  <p className="text-sm text-stone-700">{person.latestTitle ?? person.region ?? ''}</p>
                  <p className="text-xs text-stone-600">{t.articleCount(person.articles)}</p>
                </li>
              ))}
            </ul>
          )}
          <Pager page={Math.min(page, shown.pages)} pages={shown.pages} label={t.people.title} />
        </>
      )}
    </div>
  )
}
