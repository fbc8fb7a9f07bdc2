// One meeting on the timeline: name, date with its precision, place, chair, speakers, attendees, source.
import { Link } from '@tanstack/react-router'
import { useT } from '@/lib/i18n'
import type { MeetingRow } from '@/shared/views'

export function MeetingCard({ row }: { row: MeetingRow }) {
  const t = useT()
  const m = row.meeting
  const linkName = (name: string) => {
    const id = row.people[name]
    return id ? <Link key={name} to="/people/$personId" params={{ personId: id }} className="mr-2 underline">{name}</Link> : <span key={name} className="mr-2">{name}</span>
  }
  const roles = [
    [t.timeline.chair, m.chair],
    [t.timeline.speakers, m.speakers],
    [t.timeline.attendees, m.attendees],
  ] as const
  return (
    <li className="rounded border border-stone-200 bg-white p-3">
      <p className="font-medium"><Link to="/meetings/$meetingId" params={{ meetingId: m.id }} className="hover:underline">{m.name}</Link></p>
      <p className="text-sm text-stone-700">
        {row.day ?? (row.year ? t.timeline.yearOnly(row.year) : t.timeline.undated)}
        {m.date.text && <span className="ml-1">（{m.date.text}，{t.timeline.dateBasis[m.date.basis]}）</span>}
        {row.place && <span className="ml-2">{row.place}</span>}
        <span className="ml-2 rounded bg-stone-100 px-1 text-xs">{row.type}</span>
      </p>
      {roles.filter(([, names]) => names.length).map(([label, names]) => (
        <p key={label} className="text-sm"><span className="text-stone-600">{label}：</span>{names.map(linkName)}</p>
      ))}
      <p className="mt-1 text-sm">
        <Link to="/articles/$articleId" params={{ articleId: m.articleId }} className="text-red-900 underline">{row.headline ?? t.untitled}</Link>
      </p>
    </li>
  )
}
