import { createFileRoute } from '@tanstack/react-router'
import { SearchPage } from '@/features/search/components/search-page'
import { textParams } from '@/lib/search-params'

/** ?q=words "a phrase" -excluded&place&from=YYYY-MM&to=YYYY-MM&kind&person&sort=newest|oldest&page=N */
export const Route = createFileRoute('/search')({
  validateSearch: (s: Record<string, unknown>) => textParams(s, ['q', 'place', 'from', 'to', 'kind', 'person', 'sort', 'page']),
  component: SearchPage,
})
