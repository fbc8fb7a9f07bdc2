// Reads of single articles: one file each, with the page they were printed on, their neighbours, and the
// people, meetings and figures read from them.
import { queryOptions } from '@tanstack/react-query'
import { loadView } from '@/lib/corpus-client'
import { orNotFound } from '@/lib/not-found'
import { viewFile } from '@/shared/views'

export const articleQueryOptions = (articleId: string) =>
  queryOptions({
    queryKey: ['articles', articleId],
    queryFn: () => orNotFound('article', articleId, () => loadView(viewFile.article(articleId))),
  })
