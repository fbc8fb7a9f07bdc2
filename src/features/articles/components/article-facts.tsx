// The side panel of an article: the people, meetings and figures read from it, each linked to its view.
import { Link } from '@tanstack/react-router'
import type { ReactNode } from 'react'
import type { Figure, Meeting, Person } from '@/shared/corpus-schema'
import { useT } from '@/lib/strings'

export function ArticleFacts({ people, meetings, figures, articleId }: { people: Person[]; meetings: Meeting[]; figures: Figure[]; articleId: string }) {
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
                <Link to="/timeline" search={{ q: m.name }} className="underline">{m.name}</Link>
                {m.date.value && <span className="ml-1 text-stone-600">{m.date.value}</span>}
              </li>
            ))}
          </ul>
        </FactSection>
      )}
      {figures.length > 0 && (
        <FactSection id="facts-figures" title={<Link to="/figures" search={{ article: articleId }} className="underline">{t.article.figures}（{figures.length}）</Link>} />
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
