// A career as a historian reads it: terms of office from 任命/当选 to 免去/辞去 (solid, known from notices), and
// sightings of a title in the paper (见报: first and last seen, which say nothing of when a term began or ended).
// A sighting known only to its year is a point in that year, never a year-long bar.
import type { Appointment, Role } from '@/shared/corpus-schema'
import { type PreciseDate, preciseSpan } from '@/shared/precise-date'
import { roleName } from './role-format'

export interface CareerRow {
  /** 平阳县 · 县委书记 */
  name: string
  /** term: from an appointment notice; seen: first and last sightings in the paper */
  kind: 'term' | 'seen'
  /** term: its start (the notice's day); seen: the span of the sightings */
  span: PreciseDate
  /** a term's end when a 免去/辞去 notice gives it; null while none does */
  ended: string | null
  /** drawn as a point: one sighting, or sightings known only to their year */
  point: boolean
}

/** The terms from a person's notices: each 任命/当选 closed by the next 免去/辞去 of the same title. */
function terms(appointments: readonly Appointment[], place: (title: string) => string | null): CareerRow[] {
  const dated = appointments.filter((a) => a.date).sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0))
  return dated.filter((a) => a.action === 'appoint' || a.action === 'elect').map((a) => {
    const end = dated.find((b) => (b.action === 'remove' || b.action === 'resign') && b.title === a.title && b.date! >= a.date!)
    return { name: roleName({ place: place(a.title), title: a.title }), kind: 'term', span: preciseSpan(a.date, end?.date ?? a.date), ended: end?.date ?? null, point: !end }
  })
}

export function careerRows(roles: readonly Pick<Role, 'title' | 'place' | 'firstDate' | 'lastDate'>[], appointments: readonly Appointment[]): CareerRow[] {
  const placeOf = (title: string) => roles.find((r) => r.title === title)?.place ?? null
  const seen = roles.filter((r) => r.firstDate || r.lastDate).map((r): CareerRow => {
    const span = preciseSpan(r.firstDate, r.lastDate)
    return { name: roleName(r), kind: 'seen', span, ended: null, point: span.precision === 'day' || span.precision === 'year' || span.precision === 'month' }
  })
  return [...terms(appointments, placeOf), ...seen]
}
