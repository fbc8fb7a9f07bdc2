// /articles/$articleId: an article with its names, figures and meetings linked, its source lines and a citation.
import { useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi, Link } from '@tanstack/react-router'
import { CorrectionDraft } from '@/components/correction-draft'
import { DateLabel } from '@/components/date-label'
import { useDocumentTitle } from '@/components/document-title'
import { KindBadge } from '@/components/layout'
import { correctionEntry } from '@/lib/correction-draft'
import { useT } from '@/lib/i18n'
import { articleQueryOptions } from '../queries'
import { ArticleBody } from './article-body'
import { ArticleFacts } from './article-facts'
import { Citation } from './citation'
import { PrintClip } from './print-clip'

const route = getRouteApi('/articles/$articleId')

export function ArticlePage() {
  const t = useT()
  const { articleId } = route.useParams()
  const { hl, s: evidence } = route.useSearch()
  const { data } = useSuspenseQuery(articleQueryOptions(articleId))
  const { article, issue, prev, next, people, meetings, figures, target } = data
  const byName = new Map(people.map((p) => [p.name, p]))
  useDocumentTitle(article.headline ?? t.untitled)
  const credits = [
    [t.reporters, article.byline.reporters],
    [t.correspondents, article.byline.correspondents],
    [t.photographers, article.byline.photographers],
  ] as const
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_16rem]">
      <article className="rounded border border-stone-200 bg-white p-5">
        <header>
          {article.kicker && <p className="text-stone-700">{article.kicker}</p>}
          <h1 className="text-2xl font-bold leading-snug">{article.headline ?? t.untitled}</h1>
          {article.subheadline && <p className="mt-1 text-lg text-stone-700">{article.subheadline}</p>}
          <p className="mt-3 text-sm text-stone-700">
            <KindBadge label={t.kinds[article.kind]} />
            {issue && (
              <>
                <Link to="/issues/$issueId" params={{ issueId: issue.id }} className="underline">
                  {issue.place ?? t.unknownPlace} {issue.page ? t.page(issue.page) : ''}
                </Link>{' '}
                <DateLabel date={issue.date} />
              </>
            )}
          </p>
          {credits.some(([, names]) => names.length > 0) && (
            <p className="mt-1 text-sm text-stone-700">
              {credits.filter(([, names]) => names.length).map(([label, names]) => (
                <span key={label} className="mr-3">
                  {label}{' '}
                  {names.map((n, i) => {
                    const p = byName.get(n)
                    return (
                      <span key={n}>
                        {i > 0 && ' '}
                        {p ? <Link to="/people/$personId" params={{ personId: p.id }} className="underline">{n}</Link> : n}
                      </span>
                    )
                  })}
                </span>
              ))}
            </p>
          )}
        </header>
        <ArticleBody article={article} place={issue.place} people={people} figures={figures} meetings={meetings} highlight={hl ? hl.split(/\s+/).filter((w) => w.length > 0) : []} evidence={evidence} />
        {article.toPage != null && (
          <p className="mt-4 text-sm">
            {target ? (
              <Link to="/issues/$issueId" params={{ issueId: target.id }} className="underline">{t.paren(t.continuesOn(article.toPage))}</Link>
            ) : (
              <span className="text-stone-600">{t.paren(t.continuesOn(article.toPage))}</span>
            )}
          </p>
        )}
        {article.source.box && issue.print && <PrintClip box={article.source.box} print={issue.print} headline={article.headline ?? t.untitled} />}
        <footer className="mt-6 border-t border-stone-200 pt-3 text-sm text-stone-700">
          <p>
            {t.source}{t.colon}{article.source.file}{t.comma}{t.lines(article.source.lines[0], article.source.lines[1])}
            {article.source.part && <>{t.comma}{t.savedPage}{t.colon}{article.source.part}</>}
          </p>
          <div className="flex flex-wrap gap-x-4">
            {prev && <CorrectionDraft label={t.article.joinDraft} entry={correctionEntry([['page', article.source.file], ['join', String(article.source.lines[0])], ['note', '']])} />}
            <CorrectionDraft label={t.article.splitDraft} entry={correctionEntry([['page', article.source.file], ['split', String(article.source.lines[1])], ['note', '']])} />
          </div>
          <nav className="mt-3 flex flex-wrap justify-between gap-4" aria-label={t.issues.inThisPage}>
            {prev ? <Link to="/articles/$articleId" params={{ articleId: prev.id }} className="underline">← {t.article.prev}{t.colon}{prev.headline ?? t.untitled}</Link> : <span />}
            {next ? <Link to="/articles/$articleId" params={{ articleId: next.id }} className="underline">{t.article.next}{t.colon}{next.headline ?? t.untitled} →</Link> : <span />}
          </nav>
        </footer>
      </article>
      <aside className="space-y-5 text-sm">
        <ArticleFacts people={people} meetings={meetings} figures={figures} place={issue.place} />
        <Citation article={article} issue={issue} />
      </aside>
    </div>
  )
}
