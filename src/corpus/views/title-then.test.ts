import { describe, expect, it } from 'vitest'
import type { Appointment, Role } from '../../shared/corpus-schema'
import { preciseSpan } from '../../shared/precise-date'
import { titleThen } from './title-then'

const role = (title: string, first: string, last: string, articleIds: string[]): Role => ({
  title, place: '平阳县', articleIds, firstDate: first, lastDate: last, evidence: articleIds.map((articleId) => ({ articleId, sentence: `${title}张三在${articleId}` })),
})
const notice = (action: Appointment['action'], title: string, date: string): Appointment => ({ name: '张三', action, title, org: null, decidedBy: null, date, articleId: 'notice', sentence: `${action} ${title}` })

describe('titleThen', () => {
  it('takes the title an appointment notice gave, until a removal from it', () => {
    const person = { roles: [role('副县长', '2025-01-09', '2025-06-13', ['a1'])] }
    const then = titleThen(person, [notice('appoint', '副县长', '2025-01-09')], preciseSpan('2025-03-01', '2025-03-01'), 'x')
    expect(then).toEqual({ title: '副县长', place: '平阳县', basis: 'appointed', date: '2025-01-09', articleId: 'notice', sentence: 'appoint 副县长' })
    expect(titleThen(person, [notice('appoint', '副县长', '2025-01-09'), notice('remove', '副县长', '2025-02-01')], preciseSpan('2025-03-01', '2025-03-01'), 'x')?.basis).not.toBe('appointed')
  })

  it('else names the title seen around the date, the one this article shows first', () => {
    const person = { roles: [role('县长', '2024-01-01', '2025-12-01', ['a1', 'a2', 'a3']), role('县委副书记', '2025-01-01', '2025-06-01', ['a4'])] }
    expect(titleThen(person, [], preciseSpan('2025-03-01', '2025-03-01'), 'a4')).toMatchObject({ title: '县委副书记', basis: 'seen', articleId: 'a4' })
    expect(titleThen(person, [], preciseSpan('2025-03-01', '2025-03-01'), 'other')).toMatchObject({ title: '县长', basis: 'seen', articleId: 'a1' })
  })

  it('knows nothing on a date outside every sighting, or an unknown date', () => {
    const person = { roles: [role('县长', '2024-01-01', '2024-12-01', ['a1'])] }
    expect(titleThen(person, [], preciseSpan('2026-03-01', '2026-03-01'), 'a1')).toBeNull()
    expect(titleThen(person, [], preciseSpan(null, null), 'a1')).toBeNull()
    expect(titleThen(person, [], preciseSpan('2024-01-01', '2024-12-31'), 'x')).toMatchObject({ title: '县长' })
  })
})
