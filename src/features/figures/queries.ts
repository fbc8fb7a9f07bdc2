// Reads of reported figures with the place and date of their page, and the pure helpers the views use.
import { queryOptions } from '@tanstack/react-query'
import type { Figure } from '@/shared/corpus-schema'
import { loadCorpusIndex } from '@/lib/corpus-index'
import { issueDay } from '@/shared/issue-day'

export interface FigureRow {
  figure: Figure
  place: string | null
  day: string | null
  headline: string | null
}

export const figuresQueryOptions = () =>
  queryOptions({
    queryKey: ['figures'],
    queryFn: async (): Promise<FigureRow[]> => {
      const idx = await loadCorpusIndex()
      return idx.figures.map((figure) => {
        const article = idx.article.get(figure.articleId)
        const issue = article ? idx.issue.get(article.issueId) : undefined
        return { figure, place: issue?.place ?? null, day: issueDay(issue), headline: article?.headline ?? null }
      })
    },
  })
