import { createFileRoute } from '@tanstack/react-router'
import { pageParam } from '@/components/pager'
import { calendarSelection } from '@/features/issues/calendar'
import { CalendarPage } from '@/features/issues/components/calendar-page'
import { calendarIndexQueryOptions, calendarMonthQueryOptions, calendarUndatedQueryOptions } from '@/features/issues/queries'
import { textParams } from '@/lib/search-params'

/**
 * ?place=平阳县&year=2025&month=1&day=2025-01-09: the calendar of a place's month (defaults: the first place, its
 * latest month), the pages of a day listed; page=N pages the place's undated pages.
 */
export const Route = createFileRoute('/issues/')({
  validateSearch: (s: Record<string, unknown>) => textParams(s, ['place', 'year', 'month', 'day', 'page']),
  loaderDeps: ({ search }) => ({ place: search.place, year: search.year, month: search.month, page: search.page }),
  loader: async ({ context: { queryClient }, deps }) => {
    const selection = calendarSelection(await queryClient.ensureQueryData(calendarIndexQueryOptions()), deps)
    await Promise.all([
      selection.month && queryClient.ensureQueryData(calendarMonthQueryOptions(selection.place, selection.month)),
      selection.undated && queryClient.ensureQueryData(calendarUndatedQueryOptions(selection.place, pageParam(deps.page))),
    ])
    return selection
  },
  component: CalendarPage,
})
