// Reads of issues (printed pages). Loaders call ensureQueryData, components useSuspenseQuery, with these factories.
import { queryOptions } from '@tanstack/react-query'
import { loadArticles, loadIssues } from '@/lib/corpus-client'
import type { Article, Issue } from '@/corpus/schema'

export class IssueNotFoundError extends Error {
  constructor(readonly issueId: string) {
    super(`no issue with id ${issueId}`)
    this.name = 'IssueNotFoundError'
  }
}

/** Every issue, newest first (undated pages last). */
export const issuesQueryOptions = () =>
  queryOptions({
    queryKey: ['issues'],
    queryFn: async () => sortIssues(await loadIssues()),
  })

export const issueQueryOptions = (issueId: string) =>
  queryOptions({
    queryKey: ['issues', issueId],
    queryFn: async (): Promise<{ issue: Issue; articles: Article[] }> => {
      const issue = (await loadIssues()).find((i) => i.id === issueId)
      if (!issue) throw new IssueNotFoundError(issueId)
      const byId = new Map((await loadArticles()).map((a) => [a.id, a]))
      return { issue, articles: issue.articleIds.flatMap((id) => byId.get(id) ?? []) }
    },
  })

export function sortIssues(issues: Issue[]): Issue[] {
  const key = (i: Issue) => i.date.value ?? i.date.earliest ?? ''
  return [...issues].sort((a, b) => key(b).localeCompare(key(a)) || (a.page ?? 99) - (b.page ?? 99) || a.id.localeCompare(b.id))
}
