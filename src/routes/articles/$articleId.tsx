import { useSuspenseQuery } from '@tanstack/react-query'
import { createFileRoute, Link } from '@tanstack/react-router'
import { DateLabel } from '@/components/date-label'
import { Message } from '@/components/layout'
import { RouteError } from '@/components/route-error'
import { ArticleBody } from '@/features/articles/components/article-body'
import { ArticleNotFoundError, articleQueryOptions } from '@/features/articles/queries'
import { t } from '@/lib/strings'

export const Route = createFileRoute('/articles/$articleId')({
  loader: ({ context: { queryClient }, params }) => queryClient.ensureQueryData(articleQueryOptions(params.articleId)),
  pendingComponent: () => <p>{t.loading}</p>,
  errorComponent: ({ error }) =>
    error instanceof ArticleNotFoundError ? <Message title={t.articleNotFound(error.articleId)} /> : <RouteError error={error} />,
  component: ArticlePage,
})

function ArticlePage() {
  const { articleId } = Route.useParams()
  const { data } = useSuspenseQuery(articleQueryOptions(articleId))
  const { article, issue, prev, next } = data
  return (
    <article className="rounded border border-stone-200 bg-white p-5">
      <header>
        {article.kicker && <p className="text-stone-600">{article.kicker}</p>}
        <h1 className="text-2xl font-bold leading-snug">{article.headline ?? t.untitled}</h1>
        {article.subheadline && <p className="mt-1 text-lg text-stone-700">{article.subheadline}</p>}
        <p className="mt-3 text-sm text-stone-600">
          <span className="mr-2 rounded bg-stone-100 px-1.5 py-0.5 text-xs">{t.kinds[article.kind]}</span>
          {issue && (
            <>
              <Link to="/issues/$issueId" params={{ issueId: issue.id }} className="underline">
                {issue.place ?? t.unknownPlace} {issue.page ? t.page(issue.page) : ''}
              </Link>{' '}
              <DateLabel date={issue.date} />
            </>
          )}
        </p>
        <Byline byline={article.byline} />
      </header>
      <ArticleBody article={article} />
      <footer className="mt-6 border-t border-stone-200 pt-3 text-sm text-stone-600">
        <p>
          {t.source}：{article.source.file}，{t.lines(article.source.lines[0], article.source.lines[1])}
        </p>
        <nav className="mt-2 flex justify-between gap-4" aria-label={t.inThisPage}>
          {prev ? <Link to="/articles/$articleId" params={{ articleId: prev.id }}>← {prev.headline ?? t.untitled}</Link> : <span />}
          {next ? <Link to="/articles/$articleId" params={{ articleId: next.id }}>{next.headline ?? t.untitled} →</Link> : <span />}
        </nav>
      </footer>
    </article>
  )
}

function Byline({ byline }: { byline: { reporters: string[]; correspondents: string[]; photographers: string[] } }) {
  const parts = [
    [t.reporters, byline.reporters],
    [t.correspondents, byline.correspondents],
    [t.photographers, byline.photographers],
  ] as const
  const shown = parts.filter(([, names]) => names.length)
  if (!shown.length) return null
  return (
    <p className="mt-1 text-sm text-stone-600">
      {shown.map(([label, names]) => `${label} ${names.join(' ')}`).join(' · ')}
    </p>
  )
}
