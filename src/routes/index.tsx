import { useSuspenseQuery } from '@tanstack/react-query'
import { createFileRoute, Link } from '@tanstack/react-router'
import { DateLabel } from '@/components/date-label'
import { RouteError } from '@/components/route-error'
import { issuesQueryOptions } from '@/features/issues/queries'
import { t } from '@/lib/strings'

export const Route = createFileRoute('/')({
  loader: ({ context: { queryClient } }) => queryClient.ensureQueryData(issuesQueryOptions()),
  pendingComponent: () => <p>{t.loading}</p>,
  errorComponent: RouteError,
  component: Home,
})

function Home() {
  const { data: issues } = useSuspenseQuery(issuesQueryOptions())
  return (
    <section>
      <h1 className="text-2xl font-bold">{t.issuesTitle}</h1>
      <p className="mt-1 text-stone-600">{t.issuesIntro}</p>
      <ul className="mt-4 divide-y divide-stone-200 rounded border border-stone-200 bg-white" aria-label={t.issuesTitle}>
        {issues.map((issue) => (
          <li key={issue.id}>
            <Link to="/issues/$issueId" params={{ issueId: issue.id }} className="block px-4 py-3 hover:bg-stone-50">
              <span className="font-medium">{issue.place ?? t.unknownPlace}</span>
              <span className="ml-2">{issue.page ? t.page(issue.page) : t.unknownPage}</span>
              {issue.section && <span className="ml-2 text-stone-600">{issue.section}</span>}
              <span className="ml-2 text-sm text-stone-500">{t.articles(issue.articleIds.length)}</span>
              <span className="block text-sm text-stone-600">
                <DateLabel date={issue.date} />
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
