// Reads for the timeline: the months that have meetings (with counts by place), and one month's meetings.
import { queryOptions } from '@tanstack/react-query'
import { loadView } from '@/lib/corpus-client'
import { type MeetingRow, type TimelineIndex, viewPath } from '@/shared/views'

export const timelineIndexQueryOptions = () =>
  queryOptions({
    queryKey: ['timeline'],
    queryFn: () => loadView<TimelineIndex>(viewPath.timelineIndex(), ['months', 'total']),
  })

/** The held meetings of one month (YYYY-MM; YYYY-00 for those dated only by their year). */
export const timelineMonthQueryOptions = (month: string) =>
  queryOptions({
    queryKey: ['timeline', month],
    queryFn: () => loadView<MeetingRow[]>(viewPath.timelineMonth(month), null),
  })
