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
    const date = isoDay(s.date)
    return { ...textParams(s, ['place', 'page']), ...(date ? { date } : {}) }
  },
  loaderDeps: ({ search }) => search,
  loader: async ({ context: { queryClient }, deps }) => {
    const index = await queryClient.ensureQueryData(officesIndexQueryOptions())
    const place = deps.place ?? index.places[0]?.place
    if (!place || !index.places.some((p) => p.place === place)) return
    await (deps.date
      ? queryClient.ensureQueryData(officesOnQueryOptions(place, deps.date.slice(0, 4)))
      : queryClient.ensureQueryData(officesQueryOptions(place, pageParam(deps.page))))
  },
  component: OfficesPage,
})
