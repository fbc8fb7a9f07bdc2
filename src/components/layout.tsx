// The frame of every page: the header with the archive's name, the navigation and the language switch.
import { Link } from '@tanstack/react-router'
import { type ReactNode, useContext } from 'react'
import { LangContext, useT } from '@/lib/i18n'

export function Layout({ children, search, status }: { children: ReactNode; search?: ReactNode; status?: ReactNode }) {
  const t = useT()
  const { lang, setLang } = useContext(LangContext)
  const links = [
    ['/issues', t.nav.issues],
    ['/timeline', t.nav.timeline],
    ['/people', t.nav.people],
    ['/offices', t.nav.offices],
    ['/appointments', t.nav.appointments],
    ['/figures', t.nav.figures],
    ['/about', t.nav.about],
  ] as const
  return (
    <div className="min-h-screen" lang={t.lang}>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        {t.skipToContent}
      </a>
      <header className="border-b border-stone-200 bg-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-5 gap-y-2 px-4 py-3">
          <Link to="/" className="text-xl font-bold text-red-800">
            {t.appName}
          </Link>
          <nav aria-label={t.mainNav} className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {links.map(([to, label]) => (
              <Link key={to} to={to} className="text-stone-700 hover:text-red-800" activeProps={{ className: 'font-bold text-red-800' }}>
                {label}
              </Link>
            ))}
          </nav>
          <div className="flex w-full items-center gap-3 sm:ml-auto sm:w-auto">
            {search}
            <button type="button" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')} className="shrink-0 rounded border border-stone-300 px-2 py-0.5 text-sm">
              {t.switchTo}
            </button>
          </div>
        </div>
      </header>
      {status}
      <main id="main" className="mx-auto max-w-5xl px-4 py-6">
        {children}
      </main>
    </div>
  )
}

export function PageTitle({ title, intro }: { title: string; intro?: string }) {
  return (
    <div className="mb-5">
      <h1 className="text-2xl font-bold">{title}</h1>
      {intro && <p className="mt-1 text-stone-600">{intro}</p>}
    </div>
  )
}

export function KindBadge({ label }: { label: string }) {
  return <span className="mr-2 inline-block rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-700">{label}</span>
}
