// The list of results: headline, place, date, kind and a snippet with every hit marked, as React nodes.
import { Link } from '@tanstack/react-router'
import { PreciseDateText } from '@/components/date-label'
import { MarkedText } from '@/components/marked-text'
import { KindBadge } from '@/components/layout'
import { useT } from '@/lib/i18n'
import { parseQuery } from '@/shared/search/query'
import type { SearchHit } from '@/shared/search/search-types'

/** `start`: how many results come before these (the list is numbered on from there). */
export function SearchResults({ hits, query, start = 0 }: { hits: SearchHit[]; query: string; start?: number }) {
  const t = useT()
  const hl = parseQuery(query).include.join(' ')
  return (
    <ol className="space-y-3" aria-label={t.search.results} start={start + 1}>
      {hits.map((h) => (
        <li key={h.id} className="rounded border border-stone-200 bg-white p-3">
          <Link to="/articles/$articleId" params={{ articleId: h.id }} search={{ hl }} className="font-medium text-red-900 hover:underline">
            {h.headline ?? t.untitled}
          </Link>
          <p className="text-xs text-stone-600">
            <KindBadge label={t.kinds[h.kind as keyof typeof t.kinds] ?? h.kind} />
            {h.paper ? `${h.paper} · ` : ''}{h.place ?? t.unknownPlace} · <PreciseDateText date={h.date} />
            {h.exact && <span className="ml-2 rounded bg-amber-100 px-1">{t.search.exact}</span>}
          </p>
          <p className="mt-1 text-sm text-stone-800">
            <MarkedText
              text={h.snippet}
              spans={h.marks.map(([start, end]) => ({ start, end, render: (s, key) => <mark key={key} className="bg-yellow-200">{s}</mark> }))}
            />
          </p>
        </li>
      ))}
    </ol>
  )
}
