// Every item of a list the builder cut into page files: the first page says how many pages there are, the rest
// are fetched together (through the query cache, so pages already read are not fetched again). For exports.
import type { FetchQueryOptions, QueryClient, QueryKey } from '@tanstack/react-query'
import type { Paged } from '@/shared/view-records'

export async function fetchAllPages<T, K extends QueryKey>(client: QueryClient, pageOptions: (page: number) => FetchQueryOptions<Paged<T>, Error, Paged<T>, K>): Promise<T[]> {
  const first = await client.fetchQuery(pageOptions(1))
  const rest = await Promise.all(Array.from({ length: Math.max(0, first.pages - 1) }, (_, i) => client.fetchQuery(pageOptions(i + 2))))
  return [first, ...rest].flatMap((p) => p.items)
}
