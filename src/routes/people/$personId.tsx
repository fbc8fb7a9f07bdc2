import { createFileRoute } from '@tanstack/react-router'
import { pageParam } from '@/components/pager'
import { PersonPage } from '@/features/people/components/person-page'
import { personListQueryOptions, personQueryOptions } from '@/features/people/queries'
import { textParams } from '@/lib/search-params'

/** ?articles=N&meetings=N: the pages of the person's articles and meetings. */
export const Route = createFileRoute('/people/$personId')({
  validateSearch: (s: Record<string, unknown>) => textParams(s, ['articles', 'meetings']),
  loaderDeps: ({ search }) => search,
  loader: ({ context: { queryClient }, params, deps }) =>
    Promise.all([
      queryClient.ensureQueryData(personQueryOptions(params.personId)),
      queryClient.ensureQueryData(personListQueryOptions(params.personId, 'articles', pageParam(deps.articles))),
      queryClient.ensureQueryData(personListQueryOptions(params.personId, 'meetings', pageParam(deps.meetings))),
    ]),
  component: PersonPage,
})
