import { createFileRoute } from '@tanstack/react-router'
import { pageParam } from '@/components/pager'
import { OfficesPage } from '@/features/people/components/offices-page'
import { officesIndexQueryOptions, officesQueryOptions } from '@/features/people/queries'
import { textParams } from '@/lib/search-params'

/** ?place=平阳县&page=N: one place's offices with their holders (default: the first place). */
export const Route = createFileRoute('/offices')({
  validateSearch: (s: Record<string, unknown>) => textParams(s, ['place', 'page']),
  loaderDeps: ({ search }) => search,
  loader: async ({ context: { queryClient }, deps }) => {
    const index = await queryClient.ensureQueryData(officesIndexQueryOptions())
    const place = deps.place ?? index.places[0]?.place
    if (place && index.places.some((p) => p.place === place)) await queryClient.ensureQueryData(officesQueryOptions(place, pageParam(deps.page)))
  },
  component: OfficesPage,
})
