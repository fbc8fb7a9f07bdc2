import { useSuspenseQuery } from '@tanstack/react-query'
import { createFileRoute, Link } from '@tanstack/react-router'
import { DateLabel } from '@/components/date-label'
import { Message } from '@/components/layout'
import { RouteError } from '@/components/route-error'
import { IssueNotFoundError, issueQueryOptions } from '@/features/issues/queries'
import { t } from '@/lib/strings'

export const Route = createFileRoute('/issues/$issueId')({
  loader: ({ context: { queryClient }, params }) => queryClient.ensureQueryData(issueQueryOptions(params.issueId)),
  pendingComponent: () => <p>{t.loading}</p>,
  errorComponent: ({ error }) =>
    error instanceof IssueNotFoundError ? <Message title={t.issueNotFound(error.issueId)} /> : <RouteError error={error} />,
  component: IssuePage,
})

function IssuePage() {
  const { issueId } = Route.useParams()
  const { data } = useSuspenseQuery(issueQueryOptions(issueId))
  const { issue, articles } = data
  return (
    <article>
      <h1 className="text-2xl font-bold">
        {issue.place ?? t.unknownPlace} {issue.page ? t.page(issue.page) : ''} {issue.section ?? ''}
      </h1>
      <p className="mt-1 text-stone-600">
        <DateLabel date={issue.date} />
      </p>
      <h2 className="mt-6 font-bold">{t.inThisPage}</h2>
      <ol className="mt-2 space-y-2" aria-label={t.inThisPage}>
        {articles.map((a) => (
          <li key={a.id} className="rounded border border-stone-200 bg-white px-4 py-3">
            <span className="mr-2 rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-600">{t.kinds[a.kind]}</span>
            <Link to="/articles/$articleId" params={{ articleId: a.id }} className="font-medium text-red-900 hover:underline">
              {a.headline ?? a.paragraphs[0]?.slice(0, 30) ?? t.untitled}
            </Link>
            {a.toPage && <span className="ml-2 text-sm text-stone-500">{t.continuesOn(a.toPage)}</span>}
          </li>
        ))}
      </ol>
    </article>
  )
}
