// Reads of single articles, with the page they were printed on, their neighbours, and the people, meetings and
// figures read from them.
import { queryOptions } from '@tanstack/react-query'
import type { Article, Figure, Issue, Meeting, Person } from '@/shared/corpus-schema'
import { loadCorpusIndex } from '@/lib/corpus-index'
import { NotFoundError } from '@/lib/not-found'

export interface ArticleView {
  article: Article
  issue: Issue | null
  prev: Article | null
  next: Article | null
  people: Person[]
  meetings: Meeting[]
  figures: Figure[]
  /** the page a teaser or a continuation points to, when the corpus has it */
  target: Issue | null
}

export const articleQueryOptions = (articleId: string) =>
  queryOptions({
    queryKey: ['articles', articleId],
    queryFn: async (): Promise<ArticleView> => {
      const idx = await loadCorpusIndex()
      const article = idx.article.get(articleId)
      if (!article) throw new NotFoundError('article', articleId)
      const issue = idx.issue.get(article.issueId) ?? null
      const order = issue?.articleIds ?? []
      const at = order.indexOf(articleId)
      const near = (id: string | undefined) => (id ? (idx.article.get(id) ?? null) : null)
      const target = issue?.date.value && article.toPage
        ? (idx.issues.find((i) => i.place === issue.place && i.date.value === issue.date.value && i.page === article.toPage) ?? null)
        : null
      return {
        article, issue, prev: near(order[at - 1]), next: near(order[at + 1]),
        people: idx.peopleIn.get(articleId) ?? [],
        meetings: idx.meetings.filter((m) => m.articleId === articleId),
        figures: idx.figures.filter((f) => f.articleId === articleId),
        target,
      }
    },
  })
