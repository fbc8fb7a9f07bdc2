import { createFileRoute } from '@tanstack/react-router'
import { TimelinePage } from '@/features/meetings/components/timeline-page'
import { timelineIndexQueryOptions, timelineMonthQueryOptions } from '@/features/meetings/queries'
import { textParams } from '@/lib/search-params'

/**
 * ?month=YYYY-MM (YYYY-00: dated only by the year; default the latest month) and, within it, place, type, person,
 * q (a word of the meeting's name) and page.
 */
export const Route = createFileRoute('/timeline')({
  validateSearch: (s: Record<string, unknown>) => textParams(s, ['month', 'place', 'type', 'person', 'q', 'page']),
  loaderDeps: ({ search }) => ({ month: search.month }),
  loader: async ({ context: { queryClient }, deps }) => {
    const index = await queryClient.ensureQueryData(timelineIndexQueryOptions())
    // the month shown: the URL's, else the latest
    const month = deps.month ?? index.years.at(-1)?.latest ?? null
    if (month) await queryClient.ensureQueryData(timelineMonthQueryOptions(month))
    return { month }
  },
  component: TimelinePage,
})
