import { createRouter, parseSearchWith, stringifySearchWith } from '@tanstack/react-router'
import { Loading, RouteError } from '@/components/states'
import { queryClient } from '@/lib/query-client'
import { routeTree } from './routeTree.gen'

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPreload: 'intent',
  // every route shows the same loading and error views; the error view retries by resetting its queries
  defaultPendingComponent: Loading,
  defaultErrorComponent: RouteError,
  // the query cache decides freshness; the router should not cache loader results on its own
  defaultPreloadStaleTime: 0,
  scrollRestoration: true,
  // every search param is plain text (?year=2025, not ?year=%222025%22): views validate and convert them
  parseSearch: parseSearchWith((value) => value),
  stringifySearch: stringifySearchWith(JSON.stringify),
})

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router
  }
}
