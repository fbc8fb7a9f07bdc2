// Filters of a month's meetings on the timeline (the rows are cut by the builder: src/corpus/views/list-views.ts).
import type { MeetingRow } from '@/shared/view-records'

export interface TimelineFilter {
  place?: string
  person?: string
  type?: string
  q?: string
}

export function filterRows(rows: MeetingRow[], f: TimelineFilter): MeetingRow[] {
  return rows.filter((r) => {
    const m = r.meeting
    if (f.place && r.place !== f.place) return false
    if (f.type && r.type !== f.type) return false
    if (f.q && !m.name.includes(f.q)) return false
    if (f.person && ![...m.chair, ...m.speakers, ...m.attendees].includes(f.person)) return false
    return true
  })
}
