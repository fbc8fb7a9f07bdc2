import { useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { createFileRoute, Link, useNavigate } from '@tanstack/react-router'
import { FilterSelect } from '@/components/filter-select'
import { PageTitle } from '@/components/layout'
import { Empty, Loading, RouteError } from '@/components/states'
import { peopleQueryOptions, pinyinQueryOptions } from '@/features/people/queries'
import { matchesName } from '@/lib/name-match'
import { compact, textParams } from '@/lib/search-params'
import { useT } from '@/lib/strings'

export const Route = createFileRoute('/people/')({
  validateSearch: (s: Record<string, unknown>) => textParams(s, ['q', 'place', 'kind']),
  loader: ({ context: { queryClient } }) => queryClient.ensureQueryData(peopleQueryOptions()),
  pendingComponent: Loading,
  errorComponent: RouteError,
  component: People,
})

function People() {
  const t = useT()
  const search = Route.useSearch()
  const navigate = useNavigate({ from: Route.fullPath })
  const { data } = useSuspenseQuery(peopleQueryOptions())
  // pinyin keys load only once a reader types Latin letters
  const pinyin = useQuery({ ...pinyinQueryOptions(), enabled: /[a-z]/i.test(search.q ?? '') })
  const set = (key: string, value: string | undefined) => navigate({ search: (prev) => compact({ ...prev, [key]: value || undefined }), replace: key === 'q' })
  const places = [...new Set(data.flatMap((p) => p.places))].sort((a, b) => a.localeCompare(b, 'zh'))
  const shown = data.filter((p) =>
    (!search.kind || p.person.kind === search.kind) && (!search.place || p.places.includes(search.place)) && (!search.q || matchesName(p.person.name, search.q, pinyin.data?.get(p.person.name))))
  return (
    <div>
      <PageTitle title={t.people.title} intro={t.people.intro} />
      <form className="mb-4 flex flex-wrap items-end gap-3" role="search" onSubmit={(e) => e.preventDefault()}>
        <label className="text-sm">
          <span className="block text-stone-700">{t.people.find}</span>
          <input type="search" defaultValue={search.q ?? ''} onChange={(e) => set('q', e.target.value)} className="rounded border border-stone-300 px-2 py-1" />
        </label>
        <FilterSelect label={t.issues.place} value={search.place} options={places} onChange={(v) => set('place', v)} />
        <FilterSelect label={t.people.kind} value={search.kind} options={Object.entries(t.people.kinds) as [string, string][]} onChange={(v) => set('kind', v)} />
      </form>
      <p className="mb-2 text-sm text-stone-700" role="status">{t.people.count(shown.length)}</p>
      {shown.length === 0 ? <Empty /> : (
        <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3" aria-label={t.people.title}>
          {shown.map(({ person, latestTitle }) => (
            <li key={person.id} className="rounded border border-stone-200 bg-white px-3 py-2">
              <Link to="/people/$personId" params={{ personId: person.id }} className="font-medium text-red-900 hover:underline">{person.name}</Link>
              <span className="ml-2 text-xs text-stone-600">{t.people.kinds[person.kind]}</span>
              <p className="text-sm text-stone-700">{latestTitle ?? person.region ?? ''}</p>
              <p className="text-xs text-stone-600">{t.articleCount(person.articleIds.length)}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
