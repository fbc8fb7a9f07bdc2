// Reads of printed pages: what the archive holds, the calendar of a place's year, one page with the day's others.
// Each reads its own view file (src/shared/views.ts); loaders call ensureQueryData, components useSuspenseQuery.
import { queryOptions } from '@tanstack/react-query'
import { loadManifest, loadView } from '@/lib/corpus-client'
import { orNotFound } from '@/lib/not-found'
import { type CalendarIndex, type CalendarYear, type HomeView, type IssueView, viewPath } from '@/shared/views'

/** What the archive holds: counts, each place with its date coverage, the latest pages. */
export const archiveQueryOptions = () =>
  queryOptions({
    queryKey: ['archive'],
    queryFn: () => loadView<HomeView>(viewPath.home(), ['counts', 'places', 'latest']),
  })

/** The manifest: the corpus version and build time that tie its files together. */
export const manifestQueryOptions = () =>
  queryOptions({
    queryKey: ['manifest'],
    queryFn: loadManifest,
  })

/** The places with their papers and the years each has pages of. */
export const calendarIndexQueryOptions = () =>
  queryOptions({
    queryKey: ['calendar'],
    queryFn: () => loadView<CalendarIndex>(viewPath.calendarIndex(), ['places']),
  })

/** One place's pages of one year (`undated` for the pages without a day). */
export const calendarYearQueryOptions = (place: string | null, year: string) =>
  queryOptions({
    queryKey: ['calendar', place, year],
    queryFn: () => loadView<CalendarYear>(viewPath.calendar(place, year), ['issues']),
  })

export const issueQueryOptions = (issueId: string) =>
  queryOptions({
    queryKey: ['issues', issueId],
    queryFn: () => orNotFound('issue', issueId, () => loadView<IssueView>(viewPath.issue(issueId), ['issue', 'articles', 'sameDay'])),
  })
