import { createFileRoute } from '@tanstack/react-router'
import { pageParam } from '@/components/pager'
import { OfficesPage } from '@/features/offices/components/offices-page'
import { officesIndexQueryOptions, officesOnQueryOptions, officesQueryOptions } from '@/features/offices/queries'
import { isoDay, textParams } from '@/lib/search-params'

/**
 * ?place=平阳县&page=N: one place's offices, each with its latest holder (default: the first place);
 * &date=YYYY-MM-DD: the 班子 on that day — who held each office then, in protocol order, and how it is known.
 */
export const Route = createFileRoute('/offices')({
  validateSearch: (s: Record<string, unknown>): { place?: string; page?: string; date?: string } => {
    return { ...textParams(s, ['place', 'page']), date: isoDay(s.date) }
  },
  loaderDeps: ({ search }) => search,
  loader: async ({ context: { queryClient }, deps }) => {
    const index = await queryClient.ensureQueryData(officesIndexQueryOptions())
    // the place shown: the URL's, else the first; none for a place the archive does not have
    const entry = index.places.find((p) => p.place === (deps.place ?? index.places[0]?.place)) ?? null
    if (entry) {
      await (deps.date
        ? queryClient.ensureQueryData(officesOnQueryOptions(entry.place, deps.date.slice(0, 4)))
        : queryClient.ensureQueryData(officesQueryOptions(entry.place, pageParam(deps.page))))
    }
    return { entry }
  },
  component: OfficesPage,
})
