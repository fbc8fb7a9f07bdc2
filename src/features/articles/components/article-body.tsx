// The article's text: summary box, paragraphs with their section heads and tables; names of people link to
// their profiles, figures to the figures table, meetings to the timeline, search hits are marked. Text only.
import { Link } from '@tanstack/react-router'
import { useEffect, useRef } from 'react'
import { doubtsOf, MarkedText, type Span, spansOf } from '@/components/marked-text'
import type { Article, Figure, Meeting } from '@/shared/corpus-schema'
import type { PersonRef } from '@/shared/view-records'
import { useT } from '@/lib/i18n'
import { compact } from '@/lib/search-params'

interface Props {
  article: Article
  people: PersonRef[]
  figures: Figure[]
  /** the place of the article's page: a figure links to its label's values there */
  place: string | null
  meetings: Meeting[]
  highlight: string[]
  /** the sentence a claim was read from: its paragraph is marked and scrolled into view */
  evidence?: string
}

/** The words of an evidence sentence to look for: its longest piece between the '…' of a sentence cut to its claim. */
const evidenceNeedle = (sentence: string) => sentence.split('…').reduce((a, b) => (b.length > a.length ? b : a), '').trim()

export function ArticleBody({ article, people, figures, meetings, highlight, place, evidence }: Props) {
  const t = useT()
  const needle = evidence ? evidenceNeedle(evidence) : ''
  const evidenceAt = needle ? article.paragraphs.findIndex((p) => p.includes(needle)) : -1
  const evidenceRef = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    evidenceRef.current?.scrollIntoView({ block: 'center' })
  }, [evidenceAt, article.id])
  const figureOf = new Map(figures.map((f) => [f.raw, f]))
  const headingAt = new Map(article.sections.map((s) => [s.startParagraph, s.heading]))
  const tablesAt = new Map(article.tables.map((tb) => [tb.atParagraph, tb.rows]))
  const spansFor = (text: string): Span[] => [
    ...spansOf(text, highlight, (s, key) => <mark key={key} className="bg-yellow-200">{s}</mark>),
    ...people.flatMap((p) =>
      spansOf(text, [p.name], (s, key) => (
        <Link key={key} to="/people/$personId" params={{ personId: p.id }} className="text-red-900 underline decoration-dotted">
          {s}
        </Link>
      )),
    ),
    ...spansOf(text, [...new Set(figures.map((f) => f.raw))], (s, key) => (
      <Link key={key} to="/figures" search={compact({ place: place ?? undefined, label: figureOf.get(s)?.label })} className="rounded bg-sky-50 px-0.5 text-sky-900 underline decoration-dotted" title={t.article.figures}>
        {s}
      </Link>
    )),
    // a meeting's name opens its own page (date, chair, the same body's meetings before and after)
    ...spansOf(text, meetings.filter((m) => m.status === 'held').map((m) => m.name), (s, key) => (
      <Link key={key} to="/meetings/$meetingId" params={{ meetingId: meetings.find((m) => m.name === s)!.id }} className="underline decoration-wavy decoration-stone-400">
        {s}
      </Link>
    )),
  ]
  // lines a scan's OCR read with little confidence are underlined where they stand, saying how sure it was
  const doubtful = (article.source.doubtful ?? []).map((d) => ({ text: d.text, title: t.article.ocrDoubt(d.confidence) }))
  const table = (rows: string[][], key: string) => (
    <div key={key} className="my-3 overflow-x-auto">
      <table className="min-w-full border-collapse text-sm" aria-label={t.article.table}>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r} className={r === 0 ? 'bg-stone-100 font-medium' : 'border-t border-stone-200'}>
              {row.map((cell, c) => (
                <td key={c} className="px-2 py-1">{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
  return (
    <div className="mt-5 space-y-3 text-lg leading-relaxed">
      {doubtful.length > 0 && <p className="rounded border border-orange-200 bg-orange-50 p-2 text-sm text-orange-900" role="note">{t.article.ocrDoubts(doubtful.length)}</p>}
      {article.summary && (
        <aside className="rounded bg-stone-100 p-3 text-base" aria-label={t.summary}>
          <strong>{t.summary}</strong> <MarkedText text={article.summary} spans={spansFor(article.summary)} />
        </aside>
      )}
      {article.paragraphs.map((p, i) => (
        <div key={i}>
          {tablesAt.has(i) && table(tablesAt.get(i)!, `t${i}`)}
          {headingAt.has(i) && <h2 className="mb-2 mt-5 text-xl font-bold">{headingAt.get(i)}</h2>}
          {i === evidenceAt ? (
            <p ref={evidenceRef} className="indent-8 rounded bg-amber-50 outline outline-2 outline-offset-4 outline-amber-400" data-evidence title={t.article.evidenceHere}>
              <MarkedText text={p} spans={spansFor(p)} doubts={doubtsOf(p, doubtful)} />
            </p>
          ) : (
            <p className="indent-8">
              <MarkedText text={p} spans={spansFor(p)} doubts={doubtsOf(p, doubtful)} />
            </p>
          )}
        </div>
      ))}
      {tablesAt.has(article.paragraphs.length) && table(tablesAt.get(article.paragraphs.length)!, 'tend')}
    </div>
  )
}
