import { createFileRoute } from '@tanstack/react-router'
import { pageParam } from '@/components/pager'
import { FiguresPage } from '@/features/figures/components/figures-page'
import { figureSeriesQueryOptions, figuresIndexQueryOptions, figuresPageQueryOptions } from '@/features/figures/queries'
import { textParams } from '@/lib/search-params'

/** ?place=平阳县&label=地区生产总值&page=N (default: the place with the most figures, all labels). */
export const Route = createFileRoute('/figures')({
  validateSearch: (s: Record<string, unknown>) => textParams(s, ['place', 'label', 'page']),
  loaderDeps: ({ search }) => search,
  loader: async ({ context: { queryClient }, deps }) => {
    const index = await queryClient.ensureQueryData(figuresIndexQueryOptions())
    // the place shown: the URL's, else the one with the most figures; none for a place the archive does not have
    const entry = index.places.find((p) => (p.place ?? '') === (deps.place ?? index.places[0]?.place ?? '')) ?? null
    if (entry) {
      await Promise.all([
        queryClient.ensureQueryData(figuresPageQueryOptions(entry.place, deps.label ?? null, pageParam(deps.page))),
        deps.label && queryClient.ensureQueryData(figureSeriesQueryOptions(entry.place, deps.label)),
      ])
    }
    return { entry }
  },
  component: FiguresPage,
})
