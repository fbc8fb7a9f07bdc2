// The people a query names, by characters or pinyin (mxb, mengxiaobin), as cards above the article results:
// Enter on a name finds the person as the suggestions did, and their articles are one click away.
import { useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { useT } from '@/lib/i18n'
import { suggestQueryOptions } from '../search-client'

export function PeopleCards({ q }: { q: string }) {
  const t = useT()
  const people = useQuery(suggestQueryOptions(q.trim())).data?.people ?? []
  if (!people.length) return null
  return (
    <section aria-labelledby="people-found" className="mb-4">
      <h2 id="people-found" className="mb-2 text-sm font-bold text-stone-700">{t.search.peopleFound(people.length)}</h2>
      <ul className="grid gap-2 sm:grid-cols-2">
        {people.map((p) => (
          <li key={p.id} className="rounded border border-stone-200 bg-white p-3">
            <Link to="/people/$personId" params={{ personId: p.id }} className="font-medium text-red-900 underline">{p.name}</Link>
            {t.lang === 'en' && <span className="ml-2 text-sm text-stone-600">{p.romanized}</span>}
            {p.latestTitle && <p className="text-sm text-stone-700">{p.latestTitle}</p>}
            <p className="text-xs text-stone-600">
              {t.people.articlesCount(p.articles)}
              {p.places.length > 0 && ` · ${p.places.slice(0, 3).join('、')}`}
              {p.name !== q.trim() && <Link to="/search" search={{ q: p.name }} className="ml-2 underline">{t.search.articlesOf(p.name)}</Link>}
            </p>
          </li>
        ))}
      </ul>
    </section>
  )
}
