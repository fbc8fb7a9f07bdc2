// Reads of printed pages: the calendar of a place's month, the days of a year, one page with the day's others.
// Each reads its own view file (src/shared/views.ts); loaders call ensureQueryData, components useSuspenseQuery.
import { queryOptions } from '@tanstack/react-query'
import { loadView } from '@/lib/corpus-client'
import { orNotFound } from '@/lib/not-found'
import { viewFile } from '@/shared/views'

/** The places with their papers and the years and months each has pages of. */
export const calendarIndexQueryOptions = () =>
  queryOptions({
    queryKey: ['calendar'],
    queryFn: () => loadView(viewFile.calendarIndex()),
  })

/** One place's pages of one month (YYYY-MM). */
export const calendarMonthQueryOptions = (place: string | null, month: string) =>
  queryOptions({
    queryKey: ['calendar', place, month],
    queryFn: () => loadView(viewFile.calendarMonth(place, month)),
  })

/** The days of a year one place's paper has pages of. */
export const calendarDaysQueryOptions = (place: string | null, year: string) =>
  queryOptions({
    queryKey: ['calendar', place, 'days', year],
    queryFn: () => loadView(viewFile.calendarDays(place, year)),
  })

/** A page of one place's pages without a known day. */
export const calendarUndatedQueryOptions = (place: string | null, page: number) =>
  queryOptions({
    queryKey: ['calendar', place, 'undated', page],
    queryFn: () => loadView(viewFile.calendarUndated(place, page)),
  })

export const issueQueryOptions = (issueId: string) =>
  queryOptions({
    queryKey: ['issues', issueId],
    queryFn: () => orNotFound('issue', issueId, () => loadView(viewFile.issue(issueId))),
  })

