import { createFileRoute } from '@tanstack/react-router'
import { ArticlePage } from '@/features/articles/components/article-page'
import { articleQueryOptions } from '@/features/articles/queries'
import { textParams } from '@/lib/search-params'

/**
 * ?hl=word: the words to mark in the text (a search's terms, a figure's figure); &s=sentence: the evidence a claim
 * was read from, whose paragraph is marked and scrolled to (its first 200 characters suffice).
 */
export const Route = createFileRoute('/articles/$articleId')({
  validateSearch: (s: Record<string, unknown>) => textParams(s, ['hl', 's']),
  loader: ({ context: { queryClient }, params }) => queryClient.ensureQueryData(articleQueryOptions(params.articleId)),
  component: ArticlePage,
})
