import { Cite } from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import '@citation-js/plugin-ris'
import { describe, expect, it } from 'vitest'
import { articleOf, issueOf } from '@/shared/corpus-records.test-utils'
import type { Issue } from '@/shared/corpus-schema'
import { bibtex, cslJson, gbt7714, ris } from './citation'

const cite = { url: 'https://x/articles/p-a01', accessed: '2026-12-07' }
const article = articleOf(['正文。'], 'p-a01', { headline: '县政协召开主席会议', byline: { reporters: ['曹文倩', '林晓'], correspondents: ['周游'], photographers: [] } })
const withPaper = (i: Issue) => ({ ...i, paper: '平阳报', publisher: '中共平阳县委机关报', issueNumber: 4403 })
const dated = withPaper(issueOf('平阳县', '2025-01-10'))
const yearOnly = withPaper(issueOf('平阳县', null, ['2019-01-01', '2019-12-31'], 'q'))
/** a page the content dates to 9–15 January 2025, the builder's best day the 10th */
const ranged = withPaper({ ...issueOf('平阳县', '2025-01-10', ['2025-01-09', '2025-01-15']), date: { value: '2025-01-10', earliest: '2025-01-09', latest: '2025-01-15', basis: 'content', evidence: ['2025年1月9日'] } })
const unknownPaper = { ...issueOf('莲都区', '2020-06-03'), publisher: null, issueNumber: null }

interface Parsed { title?: string; author?: { family?: string; literal?: string }[]; 'container-title'?: string; issued?: { 'date-parts'?: number[][] }; accessed?: { 'date-parts'?: number[][] } }
/** Parse a citation back as a reference manager does (citation-js reads BibTeX, RIS and CSL-JSON). */
const parse = (text: string): Parsed => new Cite(text).data[0] as Parsed
const names = (p: Parsed) => (p.author ?? []).map((a) => a.literal ?? a.family)
const formats = (i: Parameters<typeof bibtex>[1]) => ({ bibtex: bibtex(article, i, cite), ris: ris(article, i, cite), csl: cslJson(article, i, cite) })

describe('citations parsed back by a reference manager', () => {
  it('keep title, every author, the newspaper as container and the day, in each format', () => {
    for (const [format, text] of Object.entries(formats(dated))) {
      const p = parse(text)
      expect([format, p.title, names(p), p['container-title'], p.issued?.['date-parts']]).toEqual([format, '县政协召开主席会议', ['曹文倩', '林晓', '周游'], '平阳报', [[2025, 1, 10]]])
      // citation-js reads no access date from RIS; Zotero takes it from Y2
      if (format !== 'ris') expect([format, p.accessed?.['date-parts']]).toEqual([format, [[2026, 12, 7]]])
    }
    expect(ris(article, dated, cite)).toContain('Y2  - 2026/12/07')
  })

  it('never give a page of a range a day: the range where the format holds one, else the month holding it', () => {
    const back = Object.fromEntries(Object.entries(formats(ranged)).map(([format, text]) => [format, parse(text).issued?.['date-parts']]))
    expect(back).toEqual({ bibtex: [[2025, 1, 9], [2025, 1, 15]], csl: [[2025, 1, 9], [2025, 1, 15]], ris: [[2025, 1]] })
    expect(gbt7714(article, ranged, cite)).toContain('平阳报, 2025-01(1)')
    for (const text of [gbt7714(article, ranged, cite), ...Object.values(formats(ranged))]) expect(text).not.toMatch(/2025-01-10|2025\/01\/10/)
  })

  it('cite a page known only by its year as that year, never its 1 January', () => {
    const back = Object.values(formats(yearOnly)).map((text) => parse(text).issued?.['date-parts'])
    expect(back).toEqual([[[2019]], [[2019]], [[2019]]])
    expect(gbt7714(article, yearOnly, cite)).toBe('曹文倩, 林晓, 周游. 县政协召开主席会议[N/OL]. 平阳报, 2019(1)[2026-12-07]. https://x/articles/p-a01')
  })
})

describe('GB/T 7714-2015', () => {
  it('cites an online newspaper article as [N/OL] with the page and the access date', () => {
    expect(gbt7714(article, dated, cite)).toBe('曹文倩, 林晓, 周游. 县政协召开主席会议[N/OL]. 平阳报, 2025-01-10(1)[2026-12-07]. https://x/articles/p-a01')
  })

  it('lists three authors then 等', () => {
    const many = articleOf(['正文。'], 'm', { headline: '标题', byline: { reporters: ['甲一', '乙二', '丙三', '丁四'], correspondents: [], photographers: [] } })
    expect(gbt7714(many, dated, cite)).toMatch(/^甲一, 乙二, 丙三, 等\. 标题/)
  })

  it('names the newspaper, never the county or the masthead tagline; says so when the paper is not known', () => {
    const text = gbt7714(article, unknownPaper, cite)
    expect(text).toContain('[报名不详]')
    expect(text).not.toMatch(/莲都区|机关报/)
    expect(parse(bibtex(article, unknownPaper, cite))['container-title']).toBeUndefined()
  })

  it('cites an untitled photo as 图片, by its photographers', () => {
    const photo = articleOf(['航拍新城一角。'], 'ph', { kind: 'photo', byline: { reporters: [], correspondents: [], photographers: ['陈培勇'] } })
    expect(gbt7714(photo, dated, cite)).toMatch(/^陈培勇\. 图片\[N\/OL\]/)
    expect(names(parse(ris(photo, dated, cite)))).toEqual(['陈培勇'])
  })
})

describe('the source and the issue', () => {
  it('keep the source lines, the issue number and the publisher in the formats that hold them', () => {
    expect(bibtex(article, dated, cite)).toContain('note = {p.txt, lines 1-1}')
    expect(bibtex(article, dated, cite)).toContain('publisher = {中共平阳县委}')
    expect(JSON.parse(cslJson(article, dated, cite))[0]).toMatchObject({ issue: '4403', page: '1', publisher: '中共平阳县委' })
    expect(ris(article, ranged, cite)).toContain('N1  - p.txt, lines 1-1; date inferred from the text (2025-01-09/2025-01-15)')
  })
})
