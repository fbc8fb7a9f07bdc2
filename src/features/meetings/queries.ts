// Reads for the timeline: the years that have meetings, a year's months (with counts by place), and one month's
// meetings.
import { queryOptions } from '@tanstack/react-query'
import { loadView } from '@/lib/corpus-client'
import { orNotFound } from '@/lib/not-found'
import { viewFile } from '@/shared/views'

export const timelineIndexQueryOptions = () =>
  queryOptions({
    queryKey: ['timeline'],
    queryFn: () => loadView(viewFile.timelineIndex()),
  })

/** One year's months that have meetings, with their counts by place: the year's chart. */
export const timelineYearQueryOptions = (year: string) =>
  queryOptions({
    queryKey: ['timeline', 'year', year],
    queryFn: () => loadView(viewFile.timelineYear(year)),
  })

/** The held meetings of one month (YYYY-MM; YYYY-00 for those dated only by their year). */
export const timelineMonthQueryOptions = (month: string) =>
  queryOptions({
    queryKey: ['timeline', month],
    queryFn: () => loadView(viewFile.timelineMonth(month)),
  })

/** One meeting's page: the record, its people's ids and its neighbours in the same body's series. */
export const meetingQueryOptions = (meetingId: string) =>
  queryOptions({
    queryKey: ['meetings', meetingId],
    queryFn: () => orNotFound('meeting', meetingId, () => loadView(viewFile.meeting(meetingId))),
  })
