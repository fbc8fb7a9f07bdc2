import { describe, expect, it } from 'vitest'
import type { Meeting } from '@/shared/corpus-schema'
import { articleOf, issueOf } from '@/shared/corpus-records.test-utils'
import { filterRows, groupRows, meetingRows, meetingType, monthCounts } from './meeting-rows'

const meeting = (id: string, name: string, value: string | null, articleId: string, chair: string[] = []): Meeting => ({
  id, name, date: { value, basis: value ? 'explicit' : 'relative', text: '' }, place: null, chair, speakers: [], attendees: [],
  articleId, session: { term: null, number: null }, status: 'held', sentence: '',
})

const a = articleOf(['正文。'], 'a', { issueId: 'x' })
const b = articleOf(['正文。'], 'b', { issueId: 'y' })
const idx = {
  meetings: [meeting('m1', '县政协十六届四十三次主席会议', '2025-01-08', 'a', ['陈栋']), meeting('m2', '全县领导干部大会', null, 'b'), { ...meeting('m3', '全市会议', null, 'a'), status: 'referenced' as const }],
  article: new Map([['a', a], ['b', b]]),
  issue: new Map([['x', issueOf('平阳县', '2025-01-10', undefined, 'x')], ['y', issueOf('平阳县', null, ['2019-01-01', '2019-12-31'], 'y')]]),
}

describe('meeting rows', () => {
  const rows = meetingRows(idx)

  it('shows held meetings only, dated ones in order and year-only ones with their year', () => {
    expect(rows.map((r) => [r.meeting.id, r.day, r.year])).toEqual([['m2', null, '2019'], ['m1', '2025-01-08', '2025']])
  })

  it('types a meeting by its name', () => {
    expect(meetingType('县政协十六届四十三次主席会议')).toBe('主席会议')
    expect(meetingType('全县领导干部大会')).toBe('大会')
  })

  it('filters by person, year and month, counts per month and groups by month with year-only groups', () => {
    expect(filterRows(rows, { person: '陈栋' }).map((r) => r.meeting.id)).toEqual(['m1'])
    expect(filterRows(rows, { year: '2019' }).map((r) => r.meeting.id)).toEqual(['m2'])
    expect(monthCounts(rows)).toEqual([{ month: '2025-01', count: 1 }])
    expect(groupRows(rows).map((g) => [g.key, g.rows.length])).toEqual([['2019-?', 1], ['2025-01', 1]])
  })
})
