// Reads of single articles, with the page they were printed on and their neighbours on it.
import { queryOptions } from '@tanstack/react-query'
import { loadArticles, loadIssues } from '@/lib/corpus-client'
import type { Article, Issue } from '@/corpus/schema'

export class ArticleNotFoundError extends Error {
  constructor(readonly articleId: string) {
    super(`no article with id ${articleId}`)
    this.name = 'ArticleNotFoundError'
  }
}

export interface ArticleView {
  article: Article
  issue: Issue | null
  prev: Article | null
  next: Article | null
}

export const articleQueryOptions = (articleId: string) =>
  queryOptions({
    queryKey: ['articles', articleId],
    queryFn: async (): Promise<ArticleView> => {
      const articles = await loadArticles()
      const article = articles.find((a) => a.id === articleId)
      if (!article) throw new ArticleNotFoundError(articleId)
      const issue = (await loadIssues()).find((i) => i.id === article.issueId) ?? null
      const order = issue?.articleIds ?? []
      const at = order.indexOf(articleId)
      const byId = (id: string | undefined) => (id ? (articles.find((a) => a.id === id) ?? null) : null)
      return { article, issue, prev: byId(order[at - 1]), next: byId(order[at + 1]) }
    },
  })
