// A meeting's chair, speakers and attendees, each linked to their profile when the corpus knows who they are.
import { Link } from '@tanstack/react-router'
import type { Meeting } from '@/shared/corpus-schema'
import { useT } from '@/lib/i18n'

export function MeetingPeople({ meeting: m, people }: { meeting: Meeting; people: Record<string, string> }) {
  const t = useT()
  const linkName = (name: string) => {
    const id = people[name]
    return id ? <Link key={name} to="/people/$personId" params={{ personId: id }} className="mr-2 underline">{name}</Link> : <span key={name} className="mr-2">{name}</span>
  }
  const roles = [
    [t.timeline.chair, m.chair],
    [t.timeline.speakers, m.speakers],
    [t.timeline.attendees, m.attendees],
  ] as const
  return roles.filter(([, names]) => names.length).map(([label, names]) => (
    <p key={label} className="text-sm"><span className="text-stone-600">{label}{t.colon}</span>{names.map(linkName)}</p>
  ))
}
