import type { QueryClient } from '@tanstack/react-query'
import { createRootRouteWithContext, Link, Outlet } from '@tanstack/react-router'
import { useDocumentTitle } from '@/components/document-title'
import { Layout } from '@/components/layout'
import { Message, RouteError } from '@/components/states'
import { AppStatus } from '@/features/app/components/app-status'
import { SearchBox } from '@/features/search/components/search-box'
import { useT } from '@/lib/i18n'

export const Route = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: () => (
    <Layout search={<SearchBox />} status={<AppStatus />}>
      <Outlet />
    </Layout>
  ),
  notFoundComponent: NotFound,
  errorComponent: ({ error }) => (
    <Layout>
      <RouteError error={error} />
    </Layout>
  ),
})

function NotFound() {
  const t = useT()
  useDocumentTitle(t.notFound)
  return (
    <Message title={t.notFound}>
      <p className="flex gap-4">
        <Link to="/" className="underline">{t.backHome}</Link>
        <Link to="/search" className="underline">{t.nav.search}</Link>
      </p>
    </Message>
  )
}
