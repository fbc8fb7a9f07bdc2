import { createFileRoute } from '@tanstack/react-router'
import { pageParam } from '@/components/pager'
import { PeoplePage } from '@/features/people/components/people-page'
import { peopleFoundQueryOptions, peopleIndexQueryOptions, peoplePageQueryOptions } from '@/features/people/queries'
import { textParams } from '@/lib/search-params'
import type { Person } from '@/shared/corpus-schema'

const KINDS = ['official', 'journalist', 'person'] as const

/** ?q=name or pinyin&kind=official|journalist|person&page=N */
export const Route = createFileRoute('/people/')({
  validateSearch: (s: Record<string, unknown>): { q?: string; kind?: Person['kind']; page?: string } => {
    const { q, kind, page } = textParams(s, ['q', 'kind', 'page'])
    return { q, kind: KINDS.find((k) => k === kind), page: page && pageParam(page) > 1 ? String(pageParam(page)) : undefined }
  },
  loaderDeps: ({ search }) => search,
  loader: ({ context: { queryClient }, deps }) =>
    Promise.all([
      queryClient.ensureQueryData(peopleIndexQueryOptions()),
      deps.q ? queryClient.ensureQueryData(peopleFoundQueryOptions(deps.q)) : queryClient.ensureQueryData(peoplePageQueryOptions(deps.kind ?? null, pageParam(deps.page))),
    ]),
  component: PeoplePage,
})
