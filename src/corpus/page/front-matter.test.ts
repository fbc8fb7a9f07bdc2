import { describe, expect, it } from 'vitest'
import { createReporter } from '../lib/diagnostics'
import { readFrontMatter } from './front-matter'

function read(text: string) {
  const report = createReporter('p.txt')
  return { ...readFrontMatter(text, report), diagnostics: report.diagnostics }
}

describe('readFrontMatter', () => {
  it('reads paper, place, date, page and section and numbers the body lines as in the file', () => {
    const r = read('---\npaper: 平阳报\nplace: 平阳县\ndate: 2025-06-13\npage: 1\nsection: 要闻\n---\n标题\n正文。')
    expect(r.meta).toEqual({ paper: '平阳报', place: '平阳县', date: '2025-06-13', page: 1, section: '要闻' })
    expect(r.lines).toEqual([{ no: 8, text: '标题' }, { no: 9, text: '正文。' }])
    expect(r.frontMatter).toMatchObject({ kind: 'front-matter', lines: [1, 7] })
    expect(r.diagnostics).toEqual([])
  })

  it('handles CRLF line ends', () => {
    const r = read('---\r\nplace: 松阳县\r\n---\r\n正文。\r\n')
    expect(r.meta.place).toBe('松阳县')
    expect(r.lines[0]).toEqual({ no: 4, text: '正文。' })
  })

  it('reads a page without front matter as text', () => {
    const r = read('标题\n正文。')
    expect(r.meta).toEqual({})
    expect(r.lines).toHaveLength(2)
    expect(r.frontMatter).toBeNull()
  })

  it('reports broken YAML with its line and keeps the page', () => {
    const r = read('---\npaper: 平阳报\nplace: [平阳县\n---\n正文。')
    expect(r.meta).toEqual({})
    expect(r.lines).toEqual([{ no: 5, text: '正文。' }])
    expect(r.diagnostics[0]).toMatchObject({ ruleId: 'front-matter/yaml', fatal: false })
    expect(r.diagnostics[0]!.line).toBeGreaterThanOrEqual(3)
  })

  it('reports front matter that is never closed and reads everything as text', () => {
    const r = read('---\npaper: 平阳报\n正文。')
    expect(r.lines).toHaveLength(3)
    expect(r.diagnostics).toMatchObject([{ ruleId: 'front-matter/unclosed', line: 1 }])
  })

  it('ignores a field of the wrong type and says which line', () => {
    const r = read('---\ndate: 六月十三\npage: 一\n---\n正文。')
    expect(r.meta).toEqual({})
    expect(r.diagnostics.map((d) => [d.ruleId, d.line])).toEqual([['front-matter/field', 2], ['front-matter/field', 3]])
  })

  it('refuses impossible values: a day the calendar has not, a page that is not a number', () => {
    const report = createReporter('p.txt')
    const { meta } = readFrontMatter('---\ndate: 2025-02-30\npage: true\n---\n正文。', report)
    expect(meta).toEqual({})
    expect(report.diagnostics.map((d) => [d.ruleId, d.line])).toEqual([['front-matter/field', 2], ['front-matter/field', 3]])
  })
})
