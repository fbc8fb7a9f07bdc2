// The side panel of an article: the people, meetings and figures read from it, each linked to its view.
import { Link } from '@tanstack/react-router'
import type { ReactNode } from 'react'
import type { Figure, Meeting } from '@/shared/corpus-schema'
import type { PersonRef } from '@/shared/views'
import { useT } from '@/lib/i18n'
import { compact } from '@/lib/search-params'

export function ArticleFacts({ people, meetings, figures, place }: { people: PersonRef[]; meetings: Meeting[]; figures: Figure[]; place: string | null }) {
  const t = useT()
  const held = meetings.filter((m) => m.status === 'held')
  return (
    <>
      {people.length > 0 && (
        <FactSection id="facts-people" title={t.article.people}>
          <ul className="flex flex-wrap gap-2">
            {people.map((p) => (
              <li key={p.id}>
                <Link to="/people/$personId" params={{ personId: p.id }} className="rounded bg-stone-100 px-2 py-0.5 hover:bg-stone-200">{p.name}</Link>
              </li>
            ))}
          </ul>
        </FactSection>
      )}
      {held.length > 0 && (
        <FactSection id="facts-meetings" title={t.article.meetings}>
          <ul className="space-y-1">
            {held.map((m) => (
              <li key={m.id}>
                <Link to="/timeline" search={compact({ month: m.date.value?.slice(0, 7), q: m.name })} className="underline">{m.name}</Link>
                {m.date.value && <span className="ml-1 text-stone-600">{m.date.value}</span>}
              </li>
            ))}
          </ul>
        </FactSection>
      )}
      {figures.length > 0 && (
        <FactSection id="facts-figures" title={`${t.article.figures}（${figures.length}）`}>
          <ul className="space-y-1">
            {figures.map((f) => (
              <li key={f.id}>
                <Link to="/figures" search={compact({ place: place ?? undefined, label: f.label })} className="underline">{f.label}</Link>
                <span className="ml-1 text-stone-700">{f.raw}</span>
              </li>
            ))}
          </ul>
        </FactSection>
      )}
    </>
  )
}

function FactSection({ id, title, children }: { id: string; title: ReactNode; children?: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-1 font-bold">{title}</h2>
      {children}
    </section>
  )
}
