import { useSuspenseQuery } from '@tanstack/react-query'
import { createFileRoute, Link } from '@tanstack/react-router'
import { DateLabel } from '@/components/date-label'
import { KindBadge } from '@/components/layout'
import { errorView, Loading } from '@/components/states'
import { issueQueryOptions } from '@/features/issues/queries'
import { useT } from '@/lib/strings'

export const Route = createFileRoute('/issues/$issueId')({
  loader: ({ context: { queryClient }, params }) => queryClient.ensureQueryData(issueQueryOptions(params.issueId)),
  pendingComponent: Loading,
  errorComponent: errorView('issue', (id, t) => t.issueNotFound(id)),
  component: IssuePage,
})


function IssuePage() {
  const t = useT()
  const { issueId } = Route.useParams()
  const { data } = useSuspenseQuery(issueQueryOptions(issueId))
  const { issue, articles, teaserTargets } = data
  const m = issue.masthead
  return (
    <article>
      <h1 className="text-2xl font-bold">
        {issue.place ?? t.unknownPlace} {issue.page ? t.page(issue.page) : ''} {issue.section ?? ''}
      </h1>
      <p className="mt-1 text-stone-700">
        <DateLabel date={issue.date} />
      </p>
      {m && (
        <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1 rounded bg-white p-3 text-sm text-stone-700" aria-label={t.issues.masthead}>
          {m.publisher && <li>{t.issues.publisher}：{m.publisher}</li>}
          {m.weekday && <li>{m.weekday}</li>}
          {m.lunarDate && <li>{t.issues.lunar(m.lunarDate)}</li>}
          {m.issueNumber && <li>{t.issues.issueNumber(m.issueNumber)}</li>}
          {m.pages && <li>{t.issues.pageCount(m.pages)}</li>}
        </ul>
      )}
      <h2 className="mt-6 font-bold">{t.issues.inThisPage}</h2>
      <ol className="mt-2 space-y-2" aria-label={t.issues.inThisPage}>
        {articles.map((a) => (
          <li key={a.id} className="rounded border border-stone-200 bg-white px-4 py-3">
            <KindBadge label={t.kinds[a.kind]} />
            <Link to="/articles/$articleId" params={{ articleId: a.id }} className="font-medium text-red-900 hover:underline">
              {a.headline ?? a.paragraphs[0]?.slice(0, 30) ?? t.untitled}
            </Link>
            {a.kicker && <p className="text-sm text-stone-600">{a.kicker}</p>}
            {a.toPage != null &&
              (teaserTargets[a.id] ? (
                <Link to="/issues/$issueId" params={{ issueId: teaserTargets[a.id]! }} className="ml-2 text-sm underline">
                  {a.kind === 'teaser' ? t.issues.teaserTo(a.toPage) : t.continuesOn(a.toPage)}
                </Link>
              ) : (
                <span className="ml-2 text-sm text-stone-600">{a.kind === 'teaser' ? t.issues.teaserTo(a.toPage) : t.continuesOn(a.toPage)}</span>
              ))}
          </li>
        ))}
      </ol>
      <p className="mt-6 text-sm text-stone-600">
        {t.source}：{issue.source}
      </p>
    </article>
  )
}
