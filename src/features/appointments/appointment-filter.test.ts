import { describe, expect, it } from 'vitest'
import type { AppointmentRow, AppointmentsIndex } from '@/shared/view-records'
import { appointmentSelection, filterAppointments } from './appointment-filter'

const index: AppointmentsIndex = {
  total: 3,
  places: [
    { place: '平阳县', total: 2, years: [{ year: '2025', count: 2 }, { year: 'undated', count: 1 }], organs: ['县人大常委会'] },
    { place: '莲都区', total: 1, years: [{ year: '2020', count: 1 }], organs: [] },
  ],
}
const row = (name: string, action: AppointmentRow['appointment']['action'], org: string | null): AppointmentRow => ({
  appointment: { name, action, title: '副县长', org, decidedBy: null, date: '2025-01-09', articleId: 'a', sentence: '' }, personId: null, place: '平阳县', headline: null, issueId: null,
})

describe('appointments view', () => {
  it('opens on the first place and its latest year, or the URL\'s', () => {
    expect(appointmentSelection(index, {})).toMatchObject({ place: '平阳县', year: '2025' })
    expect(appointmentSelection(index, { place: '莲都区' })).toMatchObject({ place: '莲都区', year: '2020' })
    expect(appointmentSelection(index, { place: '平阳县', year: 'undated' }).year).toBe('undated')
    expect(appointmentSelection(index, { place: '平阳县', year: '1999' }).year).toBe('2025')
  })

  it('keeps the rows of the organ and action asked for', () => {
    const rows = [row('甲', 'appoint', '县人大常委会'), row('乙', 'remove', '县人大常委会'), row('丙', 'appoint', null)]
    expect(filterAppointments(rows, { action: 'appoint' }).map((r) => r.appointment.name)).toEqual(['甲', '丙'])
    expect(filterAppointments(rows, { organ: '县人大常委会', action: 'remove' }).map((r) => r.appointment.name)).toEqual(['乙'])
  })
})
