import { createFileRoute } from '@tanstack/react-router'
import { calendarSelection } from '@/features/issues/calendar'
import { CalendarPage } from '@/features/issues/components/calendar-page'
import { calendarIndexQueryOptions, calendarYearQueryOptions } from '@/features/issues/queries'
import { textParams } from '@/lib/search-params'

/** ?place=平阳县&year=2025&month=1: the calendar of a place's month (defaults: the first place, its latest month). */
export const Route = createFileRoute('/issues/')({
  validateSearch: (s: Record<string, unknown>) => textParams(s, ['place', 'year', 'month']),
  loaderDeps: ({ search }) => ({ place: search.place, year: search.year }),
  loader: async ({ context: { queryClient }, deps }) => {
    const { place, year, undated } = calendarSelection(await queryClient.ensureQueryData(calendarIndexQueryOptions()), deps)
    await Promise.all([
      year && queryClient.ensureQueryData(calendarYearQueryOptions(place, year)),
      undated && queryClient.ensureQueryData(calendarYearQueryOptions(place, 'undated')),
    ])
  },
  component: CalendarPage,
})
