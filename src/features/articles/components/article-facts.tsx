// The side panel of an article: the people, meetings and figures read from it, each linked to its view.
import { Link } from '@tanstack/react-router'
import type { ReactNode } from 'react'
import type { Figure, Meeting } from '@/shared/corpus-schema'
import type { ArticleView } from '@/shared/view-records'
import { formatMeetingDate } from '@/components/date-label'
import { useT } from '@/lib/i18n'
import { compact } from '@/lib/search-params'
import { PersonName } from '@/components/person-name'
import { placedTitle } from '@/shared/placed-title'

export function ArticleFacts({ people, meetings, figures, place }: { people: ArticleView['people']; meetings: Meeting[]; figures: Figure[]; place: string | null }) {
  const t = useT()
  const held = meetings.filter((m) => m.status === 'held')
  return (
    <>
      {people.length > 0 && (
        <FactSection id="facts-people" title={t.article.people}>
          <ul className="space-y-1">
            {people.map((p) => (
              <li key={p.id}>
                <Link to="/people/$personId" params={{ personId: p.id }} className="inline-block min-h-6 rounded bg-stone-100 px-2 py-0.5 hover:bg-stone-200"><PersonName name={p.name} romanized={p.romanized} /></Link>
                {p.then && (
                  <Link to="/articles/$articleId" params={{ articleId: p.then.articleId }} search={{ hl: p.name, s: p.then.sentence }} className="ml-2 text-stone-700 underline" title={p.then.sentence}>
                    {t.article.then(placedTitle(p.then.place, p.then.title))}
                    <span className="ml-1 text-xs text-stone-600">{t.paren(p.then.basis === 'appointed' ? t.article.thenAppointed(t.dates.day(p.then.date!)) : t.article.thenSeen)}</span>
                  </Link>
                )}
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
                <Link to="/meetings/$meetingId" params={{ meetingId: m.id }} className="underline">{m.name}</Link>
                {m.date.value && <span className="ml-1 text-stone-600">{formatMeetingDate(m.date, t)}</span>}
              </li>
            ))}
          </ul>
        </FactSection>
      )}
      {figures.length > 0 && (
        <FactSection id="facts-figures" title={`${t.article.figures}${t.paren(figures.length)}`}>
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
