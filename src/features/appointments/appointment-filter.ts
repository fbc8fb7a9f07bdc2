// Which place and year the appointments view shows for the URL, and the rows its organ and action filters keep.
import type { AppointmentRow, AppointmentsIndex } from '@/shared/view-records'

/** The URL's place and year when the archive has them; else the first place and its latest year. */
export function appointmentSelection(index: AppointmentsIndex, search: { place?: string; year?: string }) {
  const entry = index.places.find((p) => (p.place ?? '') === (search.place ?? index.places[0]?.place ?? '')) ?? index.places[0] ?? null
  const year = entry?.years.find((y) => y.year === search.year)?.year ?? entry?.years[0]?.year ?? null
  return { entry, place: entry?.place ?? null, year }
}

export function filterAppointments(rows: readonly AppointmentRow[], f: { organ?: string; action?: string }): AppointmentRow[] {
  return rows.filter((r) => (!f.organ || r.appointment.org === f.organ) && (!f.action || r.appointment.action === f.action))
}
