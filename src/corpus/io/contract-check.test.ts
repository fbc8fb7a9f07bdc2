import { describe, expect, it } from 'vitest'
import { articleOf, issueOf } from '../../shared/corpus-records.test-utils'
import { articleErrors, corpusErrors } from './contract-check'

const noFacts = { people: [], meetings: [], appointments: [], figures: [], offices: [], corrections: [] }

describe('the corpus against the contract, before anything is written', () => {
  it('passes a page, its article and a fact that point to each other', () => {
    const issue = { ...issueOf('平阳县', '2025-06-13', undefined, 'p'), articleIds: ['p-a01'] }
    const meeting = { id: 'm1', name: '县委常委会', session: { term: null, number: null }, status: 'held' as const, date: { value: '2025-06-12', basis: 'explicit' as const, text: '12日' }, place: '平阳县', chair: [], speakers: [], attendees: [], articleId: 'p-a01', sentence: '12日，县委常委会召开。' }
    expect(corpusErrors([issue], [{ id: 'p-a01', issueId: 'p' }], { ...noFacts, meetings: [meeting] })).toEqual([])
  })

  it('names the record and the field a schema refuses', () => {
    const issue = issueOf('平阳县', '2025-06-13', undefined, 'p')
    const reversed = { ...issue, date: { ...issue.date, value: null, earliest: '2025-06-20', latest: '2025-06-13' } }
    const errors = corpusErrors([{ ...reversed, placeBasis: 'guess' as never }], [], noFacts)
    expect(errors).toEqual(expect.arrayContaining([expect.stringMatching(/^issue p .*placeBasis/), expect.stringMatching(/^issue p .*date: the date range ends before it starts/)]))
  })

  it('names an article with an empty paragraph and a date that is not a date', () => {
    expect(articleErrors({ ...articleOf(['一段。', ''], 'p-a01') })).toEqual(['article p-a01: paragraphs.1: a paragraph is never empty'])
    const meeting = { id: 'm1', name: '会', session: { term: null, number: null }, status: 'held' as const, date: { value: '6月12日', basis: 'explicit' as const, text: '' }, place: null, chair: [], speakers: [], attendees: [], articleId: 'gone', sentence: '' }
    expect(corpusErrors([], [], { ...noFacts, meetings: [meeting] })).toEqual(['meeting m1: date.value: a date is YYYY-MM-DD', 'meeting m1 points to unknown article gone'])
  })

  it('finds ids twice and links to nothing', () => {
    const issue = { ...issueOf(null, '2025-06-13', undefined, 'p'), articleIds: ['p-a02'] }
    const errors = corpusErrors([issue, issue], [{ id: 'p-a01', issueId: 'q' }], noFacts)
    expect(errors).toEqual(expect.arrayContaining(['issue p (p.txt): duplicate id', 'article p-a01: unknown issue q', 'issue p: lists unknown article p-a02']))
  })
})
