import { QueryClient } from '@tanstack/react-query'

// The corpus is static for the life of a page: fetch once, keep it.
export const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: Infinity, gcTime: Infinity, retry: 1 } },
})
