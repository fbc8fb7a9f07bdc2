// /: what the archive holds — counts, each place with its papers and dates, the latest pages.
import { useSuspenseQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { DateLabel, formatPreciseDate } from '@/components/date-label'
import { useDocumentTitle } from '@/components/document-title'
import { PageTitle } from '@/components/layout'
import { useT } from '@/lib/i18n'
import { archiveQueryOptions } from '../queries'
import { usePlaceLabel } from '@/lib/place-names'

export function HomePage() {
  const t = useT()
  const placeLabel = usePlaceLabel()
  const { data } = useSuspenseQuery(archiveQueryOptions())
  useDocumentTitle(null)
  return (
    <div className="space-y-8">
      <PageTitle title={t.home.title} intro={t.home.intro} />
      <p className="text-sm text-stone-600">{t.home.counts(data.counts)}</p>
      <section aria-labelledby="papers">
        <h2 id="papers" className="mb-3 text-lg font-bold">{t.home.papers}</h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {data.places.map((p) => (
            <li key={p.place ?? '-'} className="rounded border border-stone-200 bg-white p-4">
              <Link to="/issues" search={p.place ? { place: p.place } : {}} className="font-bold text-red-900 hover:underline">
                {p.place ? placeLabel(p.place) : t.unknownPlace}
              </Link>
              {p.papers.length > 0 && <span className="ml-2 text-stone-600">{p.papers.join('、')}</span>}
              <p className="text-sm text-stone-600">{t.home.pages(p.issues)}</p>
              {p.first && p.last && (
                <p className="text-sm text-stone-600">
                  {/* one date (a single page, or pages of one day) is said once, not as a span from itself to itself */}
                  {p.first.from === p.last.from && p.first.to === p.last.to ? formatPreciseDate(p.first, t, true) : t.home.coverage(formatPreciseDate(p.first, t, true), formatPreciseDate(p.last, t, true))}
                </p>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="latest">
        <h2 id="latest" className="mb-3 text-lg font-bold">{t.home.latest}</h2>
        <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white" aria-label={t.home.latest}>
          {data.latest.map((issue) => (
            <li key={issue.id}>
              <Link to="/issues/$issueId" params={{ issueId: issue.id }} className="block px-4 py-3 hover:bg-stone-50">
                <span className="font-medium">{issue.place ?? t.unknownPlace}</span>
                <span className="ml-2">{issue.page ? t.page(issue.page) : t.unknownPage}</span>
                {issue.section && <span className="ml-2 text-stone-600">{issue.section}</span>}
                <span className="ml-2 text-sm text-stone-600">{t.articleCount(issue.articles)}</span>
                <span className="block text-sm text-stone-600">
                  <DateLabel date={issue.date} note={false} />
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="explore">
        <h2 id="explore" className="mb-3 text-lg font-bold">{t.home.explore}</h2>
        <div className="flex flex-wrap gap-3">
          <Link to="/people" className="rounded bg-red-800 px-4 py-2 text-white hover:bg-red-900">{t.home.explorePeople}</Link>
          <Link to="/timeline" className="rounded bg-red-800 px-4 py-2 text-white hover:bg-red-900">{t.home.exploreTimeline}</Link>
          <Link to="/figures" className="rounded bg-red-800 px-4 py-2 text-white hover:bg-red-900">{t.home.exploreFigures}</Link>
        </div>
      </section>
    </div>
  )
}
