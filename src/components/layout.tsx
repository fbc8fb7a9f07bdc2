// The frame of every page: the header with the archive's name and the main column.
import { Link } from '@tanstack/react-router'
import type { ReactNode } from 'react'
import { t } from '@/lib/strings'

export function Layout({ children }: { children: ReactNode }) {
  return (
    <div className="min-h-screen">
      <header className="border-b border-stone-200 bg-white">
        <nav className="mx-auto flex max-w-4xl items-baseline gap-4 px-4 py-3" aria-label="主导航">
          <Link to="/" className="text-xl font-bold text-red-800">
            {t.appName}
          </Link>
          <span className="text-sm text-stone-500">{t.appTagline}</span>
        </nav>
      </header>
      <main className="mx-auto max-w-4xl px-4 py-6">{children}</main>
    </div>
  )
}

export function Message({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div role="alert" className="rounded border border-amber-300 bg-amber-50 p-4">
      <h1 className="font-bold">{title}</h1>
      {children && <div className="mt-2 text-sm">{children}</div>}
    </div>
  )
}
