// /meetings/$meetingId: a meeting as a record a historian cites — name, date with how it is known, place, chair,
// speakers, attendees, the sentence and article that report it, and the same body's meetings before and after.
import { useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi, Link } from '@tanstack/react-router'
import { AppliedCorrections, CorrectionDraft } from '@/components/correction-draft'
import { DateLabel, formatMeetingDate } from '@/components/date-label'
import { useDocumentTitle } from '@/components/document-title'
import { correctionEntry } from '@/lib/correction-draft'
import { useT } from '@/lib/i18n'
import type { MeetingRef } from '@/shared/view-records'
import { meetingQueryOptions } from '../queries'
import { MeetingPeople } from './meeting-people'

const route = getRouteApi('/meetings/$meetingId')

export function MeetingPage() {
  const t = useT()
  const { meetingId } = route.useParams()
  const { data } = useSuspenseQuery(meetingQueryOptions(meetingId))
  const { meeting: m, series } = data
  useDocumentTitle(m.name)
  return (
    <article className="space-y-4">
      <header>
        <p className="text-sm text-stone-600">{t.timeline.meeting} · {t.timeline.status[m.status]}</p>
        <h1 className="text-2xl font-bold">{m.name}</h1>
        <p className="text-stone-700">
          {m.date.value ? formatMeetingDate(m.date, t) : data.issue ? <DateLabel date={data.issue.date} note={false} /> : t.timeline.undated}
          {m.date.text && <span className="ml-1">{t.paren(`${m.date.text}${t.comma}${t.timeline.dateBasis[m.date.basis]}`)}</span>}
          {data.place && <span className="ml-2">{data.place}</span>}
        </p>
      </header>
      <AppliedCorrections corrections={m.corrections} />
      <div className="space-y-1"><MeetingPeople meeting={m} people={data.people} /></div>
      <CorrectionDraft entry={correctionEntry([['meeting', m.id], ['set', { name: m.name, ...(m.date.value ? { date: m.date.value } : {}) }], ['note', '']])} />
      <section aria-labelledby="reported" className="rounded border border-stone-200 bg-white p-3">
        <h2 id="reported" className="text-sm text-stone-600">{t.timeline.reported}</h2>
        <p className="mt-1">“{m.sentence}”</p>
        <p className="mt-1 text-sm">
          <Link to="/articles/$articleId" params={{ articleId: m.articleId }} search={{ hl: m.name, s: m.sentence }} className="text-red-900 underline">{data.headline ?? t.untitled}</Link>
          {data.issue && <span className="ml-2 text-stone-600">{data.issue.paper ?? data.issue.place ?? ''} {data.issue.page ? t.page(data.issue.page) : ''}</span>}
        </p>
      </section>
      <section aria-labelledby="series">
        <h2 id="series" className="font-bold">{t.timeline.series(series.name)}</h2>
        <p className="text-sm text-stone-600">{t.timeline.position(series.position, series.total)}</p>
        <SeriesList label={t.timeline.earlier} refs={series.before} />
        <SeriesList label={t.timeline.later} refs={series.after} />
      </section>
    </article>
  )
}

function SeriesList({ label, refs }: { label: string; refs: MeetingRef[] }) {
  const t = useT()
  if (!refs.length) return null
  return (
    <div className="mt-2">
      <h3 className="text-sm text-stone-600">{label}</h3>
      <ol className="space-y-1 text-sm">
        {refs.map((r) => (
          <li key={r.id}>
            <Link to="/meetings/$meetingId" params={{ meetingId: r.id }} className="underline">{r.name}</Link>
            <span className="ml-2 text-stone-600">{formatMeetingDate(r.date, t)}</span>
          </li>
        ))}
      </ol>
    </div>
  )
}
