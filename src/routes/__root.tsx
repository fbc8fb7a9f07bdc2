import type { QueryClient } from '@tanstack/react-query'
import { createRootRouteWithContext, Link, Outlet } from '@tanstack/react-router'
import { Layout, Message } from '@/components/layout'
import { RouteError } from '@/components/route-error'
import { t } from '@/lib/strings'

export const Route = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: () => (
    <Layout>
      <Outlet />
    </Layout>
  ),
  notFoundComponent: () => (
    <Message title={t.notFound}>
      <Link to="/" className="underline">
        {t.backHome}
      </Link>
    </Message>
  ),
  errorComponent: ({ error }) => (
    <Layout>
      <RouteError error={error} />
    </Layout>
  ),
})
