// Results per month; clicking a month narrows the search to it. A result known only to its year counts in the
// year's own bucket (月份不明), never in its January.
import { useT } from '@/lib/i18n'

export function ResultHistogram({ buckets, onSelect }: { buckets: { month: string; count: number }[]; onSelect: (month: string) => void }) {
  const t = useT()
  const dated = buckets.filter((b) => b.month)
  if (dated.length < 1) return null
  const max = Math.max(...dated.map((b) => b.count))
  return (
    <figure className="mb-4 rounded border border-stone-200 bg-white p-3">
      <figcaption className="mb-2 text-sm text-stone-700">{t.search.histogram}</figcaption>
      <ul className="flex h-24 items-end gap-1 overflow-x-auto" aria-label={t.search.histogram}>
        {dated.map((b) => (
          <li key={b.month} className="flex h-full min-w-10 flex-col justify-end text-center">
            <button type="button" onClick={() => onSelect(b.month)} className="group flex h-full flex-col justify-end" aria-label={`${b.month.length === 4 ? t.search.yearOnly(b.month) : b.month}: ${b.count}`}>
              <span className="block w-full rounded-t bg-red-800/70 group-hover:bg-red-900" style={{ height: `${Math.max(8, (b.count / max) * 100)}%` }} />
              <span className="text-[10px] text-stone-700">{b.month.length === 4 ? t.search.yearOnly(b.month) : b.month.slice(2)}</span>
            </button>
          </li>
        ))}
      </ul>
    </figure>
  )
}
