// The view files of one printed page, written as the page's articles are read: the page itself (its articles,
// the day's other pages) and one file per article (its page, neighbours, people, meetings and figures).
import type * as v from 'valibot'
import type { Article, Issue } from '../../shared/corpus-schema'
import { type ViewFile, viewFile } from '../../shared/views'
import type { ArticleView, IssueView } from '../../shared/view-records'
import { issuePreciseDate } from '../../shared/precise-date'
import { titleThen } from './title-then'
import { dayKey, personRef, type ViewContext } from './view-context'

/** Writes one view file, checked against its schema. */
export type Emit = <S extends v.GenericSchema>(file: ViewFile<S>, value: v.InferInput<S>) => void

export function emitPageViews(ctx: ViewContext, issue: Issue, articles: readonly Article[], emit: Emit): void {
  const teaserTargets: Record<string, string> = {}
  for (const a of articles) {
    const target = a.toPage ? ctx.pageOfSameDay(issue, a.toPage) : null
    if (target) teaserTargets[a.id] = target.id
  }
  const sameDay = issue.date.value ? (ctx.sameDay.get(dayKey(issue)) ?? [issue]) : [issue]
  const entries = articles.map((a) => ({ id: a.id, kind: a.kind, headline: a.headline, kicker: a.kicker, opening: (a.paragraphs[0] ?? '').slice(0, 30), toPage: a.toPage ?? null }))
  const adjacent = (step: -1 | 1) => {
    const other = ctx.adjacentIssue(issue, step)
    return other ? ctx.summary(other) : null
  }
  emit(viewFile.issue(issue.id), { issue, articles: entries, teaserTargets, sameDay: sameDay.map((i) => ctx.summary(i)), prevIssue: adjacent(-1), nextIssue: adjacent(1) } satisfies IssueView)
  const date = issuePreciseDate(issue.date)
  const near = (a: Article | undefined) => (a ? { id: a.id, headline: a.headline } : null)
  articles.forEach((article, i) => {
    const target = article.toPage ? ctx.pageOfSameDay(issue, article.toPage) : null
    const view: ArticleView = {
      article, issue: { ...ctx.summary(issue), source: issue.source, publisher: issue.masthead?.publisher ?? null, issueNumber: issue.masthead?.issueNumber ?? null, print: issue.print ?? null }, prev: near(articles[i - 1]), next: near(articles[i + 1]),
      people: (ctx.peopleByArticle.get(article.id) ?? []).map((p) => ({ ...personRef(p), then: titleThen(p, ctx.appointmentsOf(p.id), date, article.id) })),
      meetings: ctx.meetingsByArticle.get(article.id) ?? [],
      figures: ctx.figuresByArticle.get(article.id) ?? [],
      target: target ? ctx.summary(target) : null,
    }
    emit(viewFile.article(article.id), view)
  })
}
