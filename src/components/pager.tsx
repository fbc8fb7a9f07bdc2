// The pages of a long list, as links that set `page` in the URL (a reload or a shared link keeps the page).
import { Link } from '@tanstack/react-router'
import { useT } from '@/lib/i18n'

/** `page` from the URL: a whole number from 1, else 1. */
export function pageParam(value: unknown): number {
  const n = Number(value)
  return Number.isInteger(n) && n >= 1 ? n : 1
}

export function Pager({ page, pages, label }: { page: number; pages: number; label: string }) {
  const t = useT()
  if (pages <= 1) return null
  const to = (n: number) => ({ to: '.' as const, search: (prev: Record<string, string | undefined>) => ({ ...prev, page: n > 1 ? String(n) : undefined }) })
  const linkClass = 'inline-block min-h-6 min-w-6 rounded border border-stone-300 bg-white px-3 py-1'
  return (
    <nav aria-label={t.pager.label(label)} className="my-4 flex flex-wrap items-center gap-2 text-sm">
      {page > 1 && <Link {...to(1)} className={linkClass}>{t.pager.first}</Link>}
      {page > 1 && <Link {...to(page - 1)} className={linkClass} rel="prev">{t.pager.prev}</Link>}
      <span aria-current="page">{t.pager.position(page, pages)}</span>
      {page < pages && <Link {...to(page + 1)} className={linkClass} rel="next">{t.pager.next}</Link>}
      {page < pages && <Link {...to(pages)} className={linkClass}>{t.pager.last}</Link>}
    </nav>
  )
}
