import type { QueryClient } from '@tanstack/react-query'
import { createRootRouteWithContext, Link, Outlet, retainSearchParams, useNavigate } from '@tanstack/react-router'
import { useEffect, useMemo } from 'react'
import { useDocumentTitle } from '@/components/document-title'
import { Layout } from '@/components/layout'
import { Message, RouteError } from '@/components/states'
import { AppStatus } from '@/features/app/components/app-status'
import { SearchBox } from '@/features/search/components/search-box'
import { type Lang, LangContext, useT } from '@/lib/i18n'

/** ?lang=en on any route: the interface in English; kept by every link, so that a shared link keeps it. */
export const Route = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  // every key a route owns is returned, undefined when invalid: the router keeps a raw param a validation leaves out
  validateSearch: (s: Record<string, unknown>): { lang?: 'en' } => ({ lang: s.lang === 'en' ? 'en' : undefined }),
  search: { middlewares: [retainSearchParams(['lang'])] },
  component: Root,
  notFoundComponent: NotFound,
  errorComponent: ({ error }) => (
    <Layout>
      <RouteError error={error} />
    </Layout>
  ),
})

function Root() {
  // the router keeps a param its validation dropped (?lang=xx) in the search it hands on: read it as validated
  const lang: Lang = Route.useSearch().lang === 'en' ? 'en' : 'zh'
  const navigate = useNavigate()
  const value = useMemo(() => ({
    lang,
    setLang: (l: Lang) => void navigate({ to: '.', search: (prev) => ({ ...prev, lang: l === 'en' ? ('en' as const) : undefined }) }),
  }), [lang, navigate])
  useEffect(() => {
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN'
  }, [lang])
  return (
    <LangContext.Provider value={value}>
      <Layout search={<SearchBox />} status={<AppStatus />}>
        <Outlet />
      </Layout>
    </LangContext.Provider>
  )
}

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
