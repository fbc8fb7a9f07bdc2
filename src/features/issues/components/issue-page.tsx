// /issues/$issueId: a printed page — its masthead, its articles in order, the day's other pages.
import { useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi, Link } from '@tanstack/react-router'
import { AppliedCorrections, CorrectionDraft } from '@/components/correction-draft'
import { DateLabel, formatIssueDate } from '@/components/date-label'
import { useDocumentTitle } from '@/components/document-title'
import { KindBadge } from '@/components/layout'
import { correctionEntry } from '@/lib/correction-draft'
import { useT } from '@/lib/i18n'
import { issueQueryOptions } from '../queries'
import { usePlaceLabel } from '@/lib/place-names'

const route = getRouteApi('/issues/$issueId')

export function IssuePage() {
  const t = useT()
  const placeLabel = usePlaceLabel()
  const { issueId } = route.useParams()
  const { data } = useSuspenseQuery(issueQueryOptions(issueId))
  const { issue, articles, teaserTargets, sameDay, prevIssue, nextIssue } = data
  const m = issue.masthead
  // the paper and the page: 平阳报 · 第1版 · 要闻 (the county where the paper is not known)
  const heading = [issue.paper ?? issue.place ?? t.unknownPlace, issue.page ? t.page(issue.page) : null, issue.section].filter(Boolean).join(' · ')
  const title = [issue.paper ?? issue.place ?? t.unknownPlace, issue.page ? t.page(issue.page) : null].filter(Boolean).join(' · ')
  useDocumentTitle(`${title} ${formatIssueDate(issue.date, t)}`)
  const at = sameDay.findIndex((i) => i.id === issue.id)
  return (
    <article>
      <h1 className="text-2xl font-bold">
        {heading}
      </h1>
      {issue.place && (issue.paper || issue.placeNow) && (
        <p className="text-sm text-stone-600">{placeLabel(issue.place)}{issue.placeNow ? t.issues.placeNow(issue.placeNow) : ''}</p>
      )}
      <p className="mt-1 text-stone-700">
        <DateLabel date={issue.date} />
      </p>
      <AppliedCorrections corrections={issue.corrections} />
      <CorrectionDraft label={t.issues.correctDraft} entry={correctionEntry([['page', issue.source], ['date', issue.date.value ?? issue.date.earliest?.slice(0, 4) ?? ''], ['place', issue.place ?? ''], ['note', '']])} />
      {m && (
        <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1 rounded bg-white p-3 text-sm text-stone-700" aria-label={t.issues.masthead}>
          {m.publisher && <li>{t.issues.publisher}{t.colon}{m.publisher}</li>}
          {m.weekday && <li>{m.weekday}</li>}
          {m.lunarDate && <li>{t.issues.lunar(m.lunarDate)}</li>}
          {m.issueNumber && <li>{t.issues.issueNumber(m.issueNumber)}</li>}
          {m.pages && <li>{t.issues.pageCount(m.pages)}</li>}
        </ul>
      )}
      {sameDay.length > 1 && (
        <nav aria-label={t.issues.sameDay} className="mt-3 flex flex-wrap items-center gap-2 text-sm">
          {at > 0 && <Link to="/issues/$issueId" params={{ issueId: sameDay[at - 1]!.id }} className="underline" rel="prev">{t.issues.prevPage}</Link>}
          {sameDay.map((i) => (
            i.id === issue.id
              ? <span key={i.id} aria-current="page" className="rounded bg-red-800 px-2 py-0.5 text-white">{i.page ? t.page(i.page) : t.unknownPage}</span>
              : <Link key={i.id} to="/issues/$issueId" params={{ issueId: i.id }} className="rounded border border-stone-300 bg-white px-2 py-0.5">{i.page ? t.page(i.page) : t.unknownPage}{i.section ? ` ${i.section}` : ''}</Link>
          ))}
          {at >= 0 && at < sameDay.length - 1 && <Link to="/issues/$issueId" params={{ issueId: sameDay[at + 1]!.id }} className="underline" rel="next">{t.issues.nextPage}</Link>}
        </nav>
      )}
      {(prevIssue || nextIssue) && (
        <nav aria-label={t.issues.adjacentIssues} className="mt-2 flex flex-wrap gap-4 text-sm">
          {prevIssue && <Link to="/issues/$issueId" params={{ issueId: prevIssue.id }} className="min-h-6 underline">{t.issues.prevIssue}{t.paren(formatIssueDate(prevIssue.date, t))}</Link>}
          {nextIssue && <Link to="/issues/$issueId" params={{ issueId: nextIssue.id }} className="min-h-6 underline">{t.issues.nextIssue}{t.paren(formatIssueDate(nextIssue.date, t))}</Link>}
        </nav>
      )}
      <h2 className="mt-6 font-bold">{t.issues.inThisPage}</h2>
      <ol className="mt-2 space-y-2" aria-label={t.issues.inThisPage}>
        {articles.map((a) => (
          <li key={a.id} className="rounded border border-stone-200 bg-white px-4 py-3">
            <KindBadge label={t.kinds[a.kind]} />
            <Link to="/articles/$articleId" params={{ articleId: a.id }} className="font-medium text-red-900 hover:underline">
              {a.headline ?? (a.opening || t.untitled)}
            </Link>
            {a.kicker && <p className="text-sm text-stone-600">{a.kicker}</p>}
            {a.toPage != null &&
              (teaserTargets[a.id] ? (
                <Link to="/issues/$issueId" params={{ issueId: teaserTargets[a.id]! }} className="ml-2 text-sm underline">
                  {a.kind === 'teaser' ? t.issues.teaserTo(a.toPage) : t.continuesOn(a.toPage)}
                </Link>
              ) : (
                <span className="ml-2 text-sm text-stone-600">{a.kind === 'teaser' ? t.issues.teaserTo(a.toPage) : t.continuesOn(a.toPage)}</span>
              ))}
          </li>
        ))}
      </ol>
      <p className="mt-6 text-sm text-stone-600">
        {t.source}{t.colon}{issue.source}
      </p>
    </article>
  )
}
