import { createFileRoute } from '@tanstack/react-router'
import { calendarSelection } from '@/features/issues/calendar'
import { CoveragePage } from '@/features/issues/components/coverage-page'
import { calendarDaysQueryOptions, calendarIndexQueryOptions } from '@/features/issues/queries'
import { textParams } from '@/lib/search-params'

/** ?place=平阳县&year=2025: the days of a year the archive has pages of (defaults: the first place, its latest year). */
export const Route = createFileRoute('/coverage')({
  validateSearch: (s: Record<string, unknown>) => textParams(s, ['place', 'year']),
  loaderDeps: ({ search }) => search,
  loader: async ({ context: { queryClient }, deps }) => {
    const selection = calendarSelection(await queryClient.ensureQueryData(calendarIndexQueryOptions()), deps)
    if (selection.year) await queryClient.ensureQueryData(calendarDaysQueryOptions(selection.place, selection.year))
    return selection
  },
  component: CoveragePage,
})
