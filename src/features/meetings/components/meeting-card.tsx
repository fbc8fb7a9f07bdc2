// One meeting on the timeline: name, date with its precision, place, chair, speakers, attendees, source.
import { Link } from '@tanstack/react-router'
import { formatMeetingDate } from '@/components/date-label'
import { useT } from '@/lib/i18n'
import type { MeetingRow } from '@/shared/view-records'
import { MeetingPeople } from './meeting-people'

export function MeetingCard({ row }: { row: MeetingRow }) {
  const t = useT()
  const m = row.meeting
  return (
    <li className="rounded border border-stone-200 bg-white p-3">
      <p className="font-medium"><Link to="/meetings/$meetingId" params={{ meetingId: m.id }} className="hover:underline">{m.name}</Link></p>
      <p className="text-sm text-stone-700">
        {formatMeetingDate(m.date, t, row.year)}
        {m.date.text && <span className="ml-1">{t.paren(`${m.date.text}${t.comma}${t.timeline.dateBasis[m.date.basis]}`)}</span>}
        {row.place && <span className="ml-2">{row.place}</span>}
        <span className="ml-2 rounded bg-stone-100 px-1 text-xs">{row.type}</span>
      </p>
      <MeetingPeople meeting={m} people={row.people} />
      <p className="mt-1 text-sm">
        <Link to="/articles/$articleId" params={{ articleId: m.articleId }} className="text-red-900 underline">{row.headline ?? t.untitled}</Link>
      </p>
    </li>
  )
}
