import { describe, expect, it } from 'vitest'
import type { Meeting } from '@/shared/corpus-schema'
import type { MeetingRow } from '@/shared/view-records'
import { filterRows } from './meeting-rows'

const row = (id: string, name: string, place: string, chair: string[], type: string): MeetingRow => ({
  meeting: {
    id, name, date: { value: '2025-01-08', basis: 'explicit', text: '' }, place, chair, speakers: [], attendees: [],
    articleId: 'a', session: { term: null, number: null }, status: 'held', sentence: '',
  } satisfies Meeting,
  headline: null, issueId: 'x', place, day: '2025-01-08', year: '2025', type, people: {},
})

describe('filterRows', () => {
  const rows = [row('m1', '县政协十六届四十三次主席会议', '平阳县', ['陈栋'], '主席会议'), row('m2', '全县领导干部大会', '莲都区', [], '大会')]

  it('narrows a month to a place, a type, a word of the name or a person who took part', () => {
    expect(filterRows(rows, { place: '平阳县' }).map((r) => r.meeting.id)).toEqual(['m1'])
    expect(filterRows(rows, { type: '大会' }).map((r) => r.meeting.id)).toEqual(['m2'])
    expect(filterRows(rows, { q: '干部' }).map((r) => r.meeting.id)).toEqual(['m2'])
    expect(filterRows(rows, { person: '陈栋' }).map((r) => r.meeting.id)).toEqual(['m1'])
    expect(filterRows(rows, {})).toHaveLength(2)
  })
})
