// The view files of records a historian cites on their own: a page per meeting (with its neighbours in the same
// body's series) and the appointments of each place by year.
import { meetingSeries } from '../../shared/meeting-type'
import { viewFile } from '../../shared/views'
import type { AppointmentRow, AppointmentsIndex, MeetingRef, MeetingView } from '../../shared/view-records'
import { byCodePoint, groupBy } from '../lib/collections'
import type { Emit } from './page-views'
import type { ViewContext } from './view-context'

/** Meetings of the same series listed on each side of a meeting's page. */
const NEIGHBOURS = 5

export function emitRecordViews(ctx: ViewContext, emit: Emit): void {
  emitMeetings(ctx, emit)
  emitAppointments(ctx, emit)
}

/** Order within a series: 届, then 次, then the date. */
const bySession = (a: MeetingRef, b: MeetingRef) =>
  (a.session.term ?? 0) - (b.session.term ?? 0) || (a.session.number ?? 0) - (b.session.number ?? 0) || byCodePoint(a.date.value ?? '', b.date.value ?? '') || byCodePoint(a.id, b.id)

function emitMeetings(ctx: ViewContext, emit: Emit) {
  const placeOf = (m: { place: string | null; articleId: string }) => m.place ?? ctx.issueOf(m.articleId)?.place ?? null
  const series = groupBy(ctx.facts.meetings, (m) => `${placeOf(m) ?? ''}|${meetingSeries(m.name)}`)
  for (const [key, list] of series) {
    const refs = list.map((m): MeetingRef => ({ id: m.id, name: m.name, date: m.date, session: m.session })).sort(bySession)
    const name = key.slice(key.indexOf('|') + 1)
    const byId = new Map(list.map((m) => [m.id, m]))
    for (const [at, ref] of refs.entries()) {
      const m = byId.get(ref.id)!
      const issue = ctx.issueOf(m.articleId)
      const people: Record<string, string> = {}
      for (const n of [...m.chair, ...m.speakers, ...m.attendees]) {
        const p = ctx.personNamed(n, m.articleId)
        if (p) people[n] = p.id
      }
      emit(viewFile.meeting(m.id), {
        meeting: m, headline: ctx.articleById.get(m.articleId)?.headline ?? null, issue: issue ? ctx.summary(issue) : null, place: placeOf(m), people,
        series: { name, total: refs.length, position: at + 1, before: refs.slice(Math.max(0, at - NEIGHBOURS), at), after: refs.slice(at + 1, at + 1 + NEIGHBOURS) },
      } satisfies MeetingView)
    }
  }
}

function emitAppointments(ctx: ViewContext, emit: Emit) {
  const rows = ctx.facts.appointments.map((a): AppointmentRow => {
    const issue = ctx.issueOf(a.articleId)
    return { appointment: a, personId: ctx.personNamed(a.name, a.articleId)?.id ?? null, place: issue?.place ?? null, headline: ctx.articleById.get(a.articleId)?.headline ?? null, issueId: issue?.id ?? null }
  })
  const index: AppointmentsIndex = { total: rows.length, places: [] }
  for (const [key, list] of [...groupBy(rows, (r) => r.place ?? '')].sort(([a], [b]) => byCodePoint(a, b))) {
    const place = key || null
    const years = [...groupBy(list, (r) => r.appointment.date?.slice(0, 4) ?? 'undated')].sort(([a], [b]) => (a === 'undated' ? 1 : b === 'undated' ? -1 : byCodePoint(b, a)))
    for (const [year, inYear] of years) {
      // a notice's order: the day, then as the notice lists them
      emit(viewFile.appointments(place, year), [...inYear].sort((a, b) => byCodePoint(a.appointment.date ?? '', b.appointment.date ?? '')))
    }
    const organs = [...new Set(list.map((r) => r.appointment.org).filter((o): o is string => !!o))].sort(byCodePoint)
    index.places.push({ place, total: list.length, years: years.map(([year, inYear]) => ({ year, count: inYear.length })), organs })
  }
  emit(viewFile.appointmentsIndex(), index)
}
