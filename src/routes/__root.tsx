import type { QueryClient } from '@tanstack/react-query'
import { createRootRouteWithContext, Link, Outlet } from '@tanstack/react-router'
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
  return (
    <Message title={t.notFound}>
      <Link to="/" className="underline">
        {t.backHome}
      </Link>
    </Message>
  )
}
