// Reads of issues (printed pages). Loaders call ensureQueryData, components useSuspenseQuery, with these factories.
import { queryOptions } from '@tanstack/react-query'
import type { Article, Issue } from '@/shared/corpus-schema'
import { loadCorpusIndex } from '@/lib/corpus-index'
import { issueDay } from '@/shared/issue-day'
import { NotFoundError } from '@/lib/not-found'

export interface PlaceCoverage {
  place: string | null
  papers: string[]
  issues: number
  from: string | null
  to: string | null
}

/** What the archive holds: counts, each place with its date coverage, the latest pages. */
export const archiveQueryOptions = () =>
  queryOptions({
    queryKey: ['archive'],
    queryFn: async () => {
      const { manifest, issues } = await loadCorpusIndex()
      return { counts: manifest.counts, places: coverageByPlace(issues), latest: sortIssues(issues).slice(0, 6) }
    },
  })

/** The manifest: the corpus version and build time that tie its files together. */
export const manifestQueryOptions = () =>
  queryOptions({
    queryKey: ['manifest'],
    queryFn: async () => (await loadCorpusIndex()).manifest,
  })

/** Every issue, newest first (undated pages last). */
export const issuesQueryOptions = () =>
  queryOptions({
    queryKey: ['issues'],
    queryFn: async () => sortIssues((await loadCorpusIndex()).issues),
  })

export const issueQueryOptions = (issueId: string) =>
  queryOptions({
    queryKey: ['issues', issueId],
    queryFn: async (): Promise<{ issue: Issue; articles: Article[]; teaserTargets: Record<string, string> }> => {
      const idx = await loadCorpusIndex()
      const issue = idx.issue.get(issueId)
      if (!issue) throw new NotFoundError('issue', issueId)
      const articles = issue.articleIds.flatMap((id) => idx.article.get(id) ?? [])
      const teaserTargets: Record<string, string> = {}
      for (const a of articles) {
        const target = a.toPage ? pageOfSameDay(idx.issues, issue, a.toPage) : null
        if (target) teaserTargets[a.id] = target.id
      }
      return { issue, articles, teaserTargets }
    },
  })

/** The page `page` of the same paper and day, when the corpus has it. */
export function pageOfSameDay(issues: Issue[], of: Issue, page: number): Issue | null {
  if (!of.date.value) return null
  return issues.find((i) => i.place === of.place && i.date.value === of.date.value && i.page === page) ?? null
}

export function sortIssues(issues: Issue[]): Issue[] {
  return [...issues].sort((a, b) => (issueDay(b) ?? '').localeCompare(issueDay(a) ?? '') || (a.page ?? 99) - (b.page ?? 99) || a.id.localeCompare(b.id))
}

export function coverageByPlace(issues: Issue[]): PlaceCoverage[] {
  const map = new Map<string, PlaceCoverage>()
  for (const i of issues) {
    const key = i.place ?? ''
    const c = map.get(key) ?? { place: i.place, papers: [], issues: 0, from: null, to: null }
    c.issues++
    if (i.paper && !c.papers.includes(i.paper)) c.papers.push(i.paper)
    const first = i.date.value ?? i.date.earliest
    const last = i.date.value ?? i.date.latest
    if (first && (!c.from || first < c.from)) c.from = first
    if (last && (!c.to || last > c.to)) c.to = last
    map.set(key, c)
  }
  return [...map.values()].sort((a, b) => b.issues - a.issues || (a.place ?? '').localeCompare(b.place ?? ''))
}
