// Fact stages report what they could not place, against the article's file and first line.
import { describe, expect, it } from 'vitest'
import { createReporter } from '../lib/diagnostics'
import { articleOf, issueOf } from '../../shared/corpus-records.test-utils'
import { findAppointments } from './appointments'
import { nameFinder } from './link-people'
import { findMeetings } from './meetings'
import { findNameMentions } from './people'

const article = (paragraphs: string[]) => articleOf(paragraphs, 'p-a01', { source: { file: 'p.txt', lines: [7, 9], headlineLines: [] } })
const rules = (report: ReturnType<typeof createReporter>) => report.diagnostics.map((d) => [d.ruleId, d.file, d.line])

describe('fact diagnostics', () => {
  it('reports a held meeting with no date, and one dated 昨天 on a page of unknown day', () => {
    const report = createReporter('p.txt')
    findMeetings({ article: article(['县委常委会会议召开。', '昨天下午，全县推进会召开。']), issue: issueOf('平阳县', null, ['2019-01-01', '2019-12-31']), names: nameFinder([]) }, report)
    expect(rules(report)).toEqual([['facts/meeting-undated', 'p.txt', 7], ['facts/meeting-undated', 'p.txt', 7]])
    expect(report.diagnostics[1]!.message).toMatch(/昨天下午/)
  })

  it('reports a county title on a page that serves no known county', () => {
    const report = createReporter('p.txt')
    findNameMentions({ article: article(['县委书记钱明主持会议。']), home: null }, report)
    expect(rules(report)).toEqual([['facts/title-without-place', 'p.txt', 7]])
  })

  it('reports a 任免 sentence it could not read, and nothing for one it could', () => {
    const report = createReporter('p.txt')
    findAppointments({ article: article(['会议决定免去其职务。', '会议决定任命孙红为县财政局局长。']), issueDate: '2024-03-02' }, report)
    expect(rules(report)).toEqual([['facts/appointment-unread', 'p.txt', 7]])
  })
})
