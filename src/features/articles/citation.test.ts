import { describe, expect, it } from 'vitest'
import { articleOf, issueOf } from '@/shared/corpus-records.test-utils'
import { bibtex, cslJson, gbt7714, ris } from './citation'

const article = articleOf(['正文。'], 'p-a01', { headline: '县政协召开主席会议', byline: { reporters: ['曹文倩'], correspondents: [], photographers: [] } })
const issue = { ...issueOf('平阳县', '2025-01-10', undefined, 'p'), paper: '平阳报', page: 1, publisher: null }
const yearOnly = { ...issueOf('平阳县', null, ['2019-01-01', '2019-12-31'], 'q'), paper: '平阳报', page: 2, publisher: null }

describe('citations', () => {
  it('cites a newspaper article in GB/T 7714 form', () => {
    expect(gbt7714(article, issue, 'https://x/articles/p-a01')).toBe('曹文倩. 县政协召开主席会议[N]. 平阳报, 2025-01-10(1). https://x/articles/p-a01')
  })

  it('cites it in BibTeX with the source lines as a note', () => {
    const b = bibtex(article, issue, 'https://x/a')
    expect(b).toMatch(/^@article\{p-a01,/)
    expect(b).toContain('journal = {平阳报}')
    expect(b).toContain('note = {p.txt, lines 1-1}')
  })

  it('cites a page known only by its year as that year in every format, never its 1 January', () => {
    expect(gbt7714(article, yearOnly, 'u')).toBe('曹文倩. 县政协召开主席会议[N]. 平阳报, 2019(2). u')
    expect(bibtex(article, yearOnly, 'u')).toContain('date = {2019}')
    const csl = JSON.parse(cslJson(article, yearOnly, 'u'))[0]
    expect(csl.issued).toEqual({ 'date-parts': [[2019]], circa: true })
    expect(csl['container-title']).toBe('平阳报')
    expect(ris(article, yearOnly, 'u')).toContain('DA  - 2019///')
    for (const text of [gbt7714(article, yearOnly, 'u'), bibtex(article, yearOnly, 'u'), cslJson(article, yearOnly, 'u'), ris(article, yearOnly, 'u')]) expect(text).not.toContain('2019-01-01')
  })

  it('gives CSL-JSON and RIS the day of a dated page', () => {
    expect(JSON.parse(cslJson(article, issue, 'u'))[0]).toMatchObject({ type: 'article-newspaper', issued: { 'date-parts': [[2025, 1, 10]] }, page: '1' })
    expect(ris(article, issue, 'u').split('\n')).toEqual(['TY  - NEWS', 'TI  - 县政协召开主席会议', 'AU  - 曹文倩', 'T2  - 平阳报', 'PY  - 2025', 'DA  - 2025/01/10/', 'SP  - 1', 'UR  - u', 'N1  - p.txt, lines 1-1', 'ER  -'])
  })
})
