// /people/$personId: a career (roles with their evidence and a chart), meetings, appointments, the people met
// most often, and the articles a page at a time.
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi, Link } from '@tanstack/react-router'
import { lazy, Suspense } from 'react'
import { ChartSpace } from '@/components/chart-space'
import { AppliedCorrections, CorrectionDraft } from '@/components/correction-draft'
import { formatPreciseDate, PreciseDateText } from '@/components/date-label'
import { useDocumentTitle } from '@/components/document-title'
import { pageParam } from '@/components/pager'
import { PersonName } from '@/components/person-name'
import { Empty } from '@/components/states'
import { ExportButtons } from '@/components/export-buttons'
import { fetchAllPages } from '@/lib/all-pages'
import { correctionEntry } from '@/lib/correction-draft'
import { type ExportColumns, exportName } from '@/lib/export-table'
import { useT } from '@/lib/i18n'
import { edtfDate, preciseSpan } from '@/shared/precise-date'
import type { PersonArticle } from '@/shared/view-records'
import { personListQueryOptions, personQueryOptions } from '../queries'
import { roleName } from '../role-format'

// the chart library loads after the list: the list is the content, the chart comes when ready
const CareerChart = lazy(() => import('./career-chart').then((m) => ({ default: m.CareerChart })))

const route = getRouteApi('/people/$personId')

const PERSON_ARTICLE_COLUMNS: ExportColumns<PersonArticle> = [
  ['id', (a) => a.id], ['headline', (a) => a.headline], ['date', (a) => (a.date ? edtfDate(a.date) : null)], ['paper', (a) => a.paper ?? null],
  ['place', (a) => a.place], ['wrote', (a) => a.wrote],
]

export function PersonPage() {
  const t = useT()
  const queryClient = useQueryClient()
  const { personId } = route.useParams()
  const search = route.useSearch()
  const { data } = useSuspenseQuery(personQueryOptions(personId))
  const { data: articles } = useSuspenseQuery(personListQueryOptions(personId, 'articles', pageParam(search.articles)))
  const { data: meetings } = useSuspenseQuery(personListQueryOptions(personId, 'meetings', pageParam(search.meetings)))
  const { person } = data
  useDocumentTitle(person.name)
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold"><PersonName name={person.name} romanized={person.romanized} /></h1>
        <p className="text-stone-700">{t.people.kinds[person.kind]}{person.region ? ` · ${person.region}` : ''}</p>
        <AppliedCorrections corrections={person.corrections} />
        <div className="flex flex-wrap gap-x-4">
          <CorrectionDraft label={t.people.mergeDraft} entry={correctionEntry([['merge', [person.id, t.people.otherId]], ['note', '']])} />
          <CorrectionDraft label={t.people.splitDraft} entry={correctionEntry([['split', person.id], ['places', [...new Set(person.roles.map((r) => r.place).filter((p): p is string => !!p))].slice(0, 1)], ['note', '']])} />
        </div>
      </header>
      <section aria-labelledby="career">
        <h2 id="career" className="mb-2 font-bold">{t.people.career}</h2>
        {person.roles.length === 0 ? <Empty>{t.people.none}</Empty> : (
          <>
            <ol className="space-y-2">
              {person.roles.map((r) => (
                <li key={`${r.place}-${r.title}`} className="rounded border border-stone-200 bg-white p-3">
                  <p>
                    <span className="font-medium">{roleName(r)}</span>
                    <span className="ml-2 text-sm text-stone-700">{t.people.seen(formatPreciseDate(preciseSpan(r.firstDate, r.lastDate), t))}</span>
                    <span className="ml-2 text-xs text-stone-600">{t.people.sightings(r.sightings)}</span>
                  </p>
                  <CorrectionDraft entry={correctionEntry([['person', person.id], ['title', r.title], ...(r.place ? [['place', r.place] as const] : []), ['set', { title: r.title }], ['note', '']])} />
                  <ul className="mt-1 space-y-1 text-sm text-stone-700">
                    {r.evidence.slice(0, 3).map((e) => (
                      <li key={e.articleId + e.sentence}>
                        <Link to="/articles/$articleId" params={{ articleId: e.articleId }} search={{ hl: person.name, s: e.sentence }} className="underline">“{e.sentence.slice(0, 80)}{e.sentence.length > 80 ? '…' : ''}”</Link>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
            <Suspense fallback={<ChartSpace />}><CareerChart roles={person.roles} appointments={data.appointments} /></Suspense>
          </>
        )}
      </section>
      <section aria-labelledby="meetings">
        <h2 id="meetings" className="mb-1 font-bold">{t.people.meetings}{t.paren(meetings.total)}</h2>
        {meetings.total === 0 ? <p className="text-sm text-stone-600">{t.people.none}</p> : (
          <ul className="space-y-1 text-sm">
            {meetings.items.map((m) => (
              <li key={`${m.id}-${m.as}`}>
                <span className="mr-2 text-stone-600">{m.date ?? '—'}</span>
                <span className="mr-2 rounded bg-stone-100 px-1 text-xs">{t.people.as[m.as]}</span>
                {/* the meeting's own page (its series, people and report); the report is one click on from there */}
                <Link to="/meetings/$meetingId" params={{ meetingId: m.id }} className="underline">{m.name}</Link>
              </li>
            ))}
          </ul>
        )}
        <ListPager page={meetings.page} pages={meetings.pages} param="meetings" label={t.people.meetings} />
      </section>
      {data.appointments.length > 0 && (
        <section aria-labelledby="appointments">
          <h2 id="appointments" className="mb-1 font-bold">{t.people.appointments}</h2>
          <ul className="space-y-1 text-sm">
            {data.appointments.map((a) => (
              <li key={a.articleId + a.action + a.title}>
                <span className="mr-2 text-stone-600">{a.date ?? '—'}</span>
                {t.people.actions[a.action]} {a.org ?? ''}{a.title}
                <Link to="/articles/$articleId" params={{ articleId: a.articleId }} className="ml-2 underline">{t.source}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {data.together.length > 0 && (
        <section aria-labelledby="together">
          <h2 id="together" className="mb-1 font-bold">{t.people.together}</h2>
          <ul className="flex flex-wrap gap-2 text-sm">
            {data.together.map(({ person: p, count }) => (
              <li key={p.id}><Link to="/people/$personId" params={{ personId: p.id }} className="rounded bg-stone-100 px-2 py-0.5 hover:bg-stone-200"><PersonName name={p.name} romanized={p.romanized} />{t.paren(t.people.times(count))}</Link></li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="articles">
        <div className="mb-1 flex flex-wrap items-center justify-between gap-2">
          <h2 id="articles" className="font-bold">{person.kind === 'journalist' ? t.people.written : t.people.articles}{t.paren(articles.total)}</h2>
          <ExportButtons name={exportName('articles', [person.name])} columns={PERSON_ARTICLE_COLUMNS} count={articles.total} loadRows={() => fetchAllPages(queryClient, (n) => personListQueryOptions(personId, 'articles', n))} />
        </div>
        <ul className="space-y-1 text-sm">
          {articles.items.map((a) => (
            <li key={a.id}>
              <span className="mr-2 text-stone-600">{a.date ? <PreciseDateText date={a.date} /> : '—'} {a.paper ?? a.place ?? ''}</span>
              <Link to="/articles/$articleId" params={{ articleId: a.id }} search={{ hl: person.name }} className="underline">{a.headline ?? t.untitled}</Link>
              {person.kind === 'journalist' && !a.wrote && <span className="ml-2 text-xs text-stone-600">{t.people.named}</span>}
            </li>
          ))}
        </ul>
        <ListPager page={articles.page} pages={articles.pages} param="articles" label={t.people.articles} />
      </section>
    </div>
  )
}

/** The pages of one of a person's lists, in its own URL param (?articles=2), the other list's page kept. */
function ListPager({ page, pages, param, label }: { page: number; pages: number; param: 'articles' | 'meetings'; label: string }) {
  const t = useT()
  if (pages <= 1) return null
  const to = (n: number) => ({ to: '.' as const, search: (prev: Record<string, string | undefined>) => ({ ...prev, [param]: n > 1 ? String(n) : undefined }) })
  return (
    <nav aria-label={t.pager.label(label)} className="mt-2 flex items-center gap-3 text-sm">
      {page > 1 && <Link {...to(page - 1)} className="underline">{t.pager.prev}</Link>}
      <span aria-current="page">{t.pager.position(page, pages)}</span>
      {page < pages && <Link {...to(page + 1)} className="underline">{t.pager.next}</Link>}
    </nav>
  )
}
