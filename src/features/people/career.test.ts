import { describe, expect, it } from 'vitest'
import type { Appointment } from '@/shared/corpus-schema'
import { careerRows } from './career'

const notice = (action: Appointment['action'], title: string, date: string): Appointment => ({ name: '张三', action, title, org: '县人大常委会', decidedBy: null, date, articleId: 'a', sentence: '' })

describe('careerRows', () => {
  it('draws sightings known only to their year as a point of that year, labelled as sightings', () => {
    const [row] = careerRows([{ title: '副县长', place: '平阳县', firstDate: '2019-01-01', lastDate: '2019-12-31' }], [])
    expect(row).toMatchObject({ name: '平阳县 · 副县长', kind: 'seen', point: true, span: { precision: 'year', from: '2019-01-01' } })
  })

  it('keeps first and last sightings on different days as a span of sightings', () => {
    const [row] = careerRows([{ title: '县长', place: '平阳县', firstDate: '2024-03-02', lastDate: '2025-06-13' }], [])
    expect(row).toMatchObject({ kind: 'seen', point: false, span: { precision: 'range', from: '2024-03-02', to: '2025-06-13' } })
  })

  it('makes a term of an appointment closed by the removal from the same title', () => {
    const rows = careerRows([{ title: '副县长', place: '平阳县', firstDate: '2025-02-01', lastDate: '2025-06-13' }], [
      notice('remove', '副县长', '2027-01-05'), notice('appoint', '副县长', '2025-01-09'), notice('remove', '县长助理', '2025-01-09'),
    ])
    expect(rows[0]).toMatchObject({ name: '平阳县 · 副县长', kind: 'term', span: { from: '2025-01-09', to: '2027-01-05' }, ended: '2027-01-05', point: false })
    expect(rows[1]).toMatchObject({ kind: 'seen' })
    expect(rows).toHaveLength(2)
  })

  it('leaves a term open, a point at its start, while no notice ends it', () => {
    const [row] = careerRows([], [notice('elect', '县人大常委会主任', '2022-01-10')])
    expect(row).toMatchObject({ kind: 'term', ended: null, point: true, span: { from: '2022-01-10' } })
  })
})
