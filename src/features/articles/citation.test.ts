import { describe, expect, it } from 'vitest'
import { articleOf, issueOf } from '@/shared/corpus-records.test-utils'
import { bibtex, gbt7714 } from './citation'

const article = articleOf(['正文。'], 'p-a01', { headline: '县政协召开主席会议', byline: { reporters: ['曹文倩'], correspondents: [], photographers: [] } })
const issue = { ...issueOf('平阳县', '2025-01-10', undefined, 'p'), paper: '平阳报', page: 1, publisher: null }

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
})
