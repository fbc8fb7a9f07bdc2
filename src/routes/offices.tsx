import { useSuspenseQuery } from '@tanstack/react-query'
import { createFileRoute, Link } from '@tanstack/react-router'
import { PageTitle } from '@/components/layout'
import { Empty, Loading, RouteError } from '@/components/states'
import { officesQueryOptions } from '@/features/people/queries'
import { formatSpan } from '@/features/people/role-format'
import { textParams } from '@/lib/search-params'
import { useT } from '@/lib/strings'

export const Route = createFileRoute('/offices')({
  validateSearch: (s: Record<string, unknown>) => textParams(s, ['place']),
  loader: ({ context: { queryClient } }) => queryClient.ensureQueryData(officesQueryOptions()),
  pendingComponent: Loading,
  errorComponent: RouteError,
  component: Offices,
})

function Offices() {
  const t = useT()
  const { place } = Route.useSearch()
  const { data } = useSuspenseQuery(officesQueryOptions())
  const places = [...new Set(data.map((o) => o.place))].sort((a, b) => a.localeCompare(b, 'zh'))
  const shown = places.filter((p) => !place || p === place)
  return (
    <div>
      <PageTitle title={t.offices.title} intro={t.offices.intro} />
      <nav aria-label={t.issues.place} className="mb-4 flex flex-wrap gap-2 text-sm">
        <Link to="/offices" className={`rounded border px-2 py-0.5 ${!place ? 'border-red-800 bg-red-800 text-white' : 'border-stone-300 bg-white'}`}>{t.any}</Link>
        {places.map((p) => (
          <Link key={p} to="/offices" search={{ place: p }} className={`rounded border px-2 py-0.5 ${p === place ? 'border-red-800 bg-red-800 text-white' : 'border-stone-300 bg-white'}`}>{p}</Link>
        ))}
      </nav>
      {shown.length === 0 ? <Empty /> : shown.map((p) => (
        <section key={p} aria-labelledby={`place-${p}`} className="mb-6">
          <h2 id={`place-${p}`} className="mb-2 text-lg font-bold">{p}</h2>
          <table className="w-full border-collapse bg-white text-sm">
            <thead>
              <tr className="bg-stone-100 text-left"><th scope="col" className="w-1/3 px-3 py-1">{t.nav.offices}</th><th scope="col" className="px-3 py-1">{t.offices.holders}</th></tr>
            </thead>
            <tbody>
              {data.filter((o) => o.place === p).map((o) => (
                <tr key={o.id} className="border-t border-stone-200 align-top">
                  <th scope="row" className="px-3 py-2 text-left font-medium">{o.title}</th>
                  <td className="px-3 py-2">
                    <ol className="space-y-1">
                      {o.holders.map((h) => (
                        <li key={h.personId}>
                          <Link to="/people/$personId" params={{ personId: h.personId }} className="font-medium text-red-900 underline">{h.name}</Link>
                          <span className="ml-2 text-stone-700">{formatSpan(h.firstDate, h.lastDate)}</span>
                          {h.articleIds.map((id, i) => (
                            <Link key={id} to="/articles/$articleId" params={{ articleId: id }} search={{ hl: h.name }} className="ml-2 text-xs underline">[{i + 1}]</Link>
                          ))}
                        </li>
                      ))}
                    </ol>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  )
}
