import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { segmentText } from './segment-text.test-utils'

const page = readFileSync(new URL('../__fixtures__/pages/markdown.md', import.meta.url), 'utf8').split('\n').slice(7).join('\n')

describe('segmentMarkdown', () => {
  const { articles } = segmentText(page)

  it('starts an article at each # heading', () => {
    expect(articles.map((a) => a.kind)).toEqual(['news', 'feature', 'notice'])
  })

  it('reads a short line under the heading as the subheadline', () => {
    expect(articles[0]).toMatchObject({ headline: '市政协召开十一届十二次主席会议', subheadline: '张立新主持', byline: { reporters: ['何静'] } })
  })

  it('reads ## inside an article as a section head, not a new article', () => {
    expect(articles[1]).toMatchObject({ headline: '走进古城 读懂临海', sections: ['老街新生', '文脉相传'], byline: { reporters: ['徐佳'] } })
  })

  it('reads # issuer over ## title as one notice', () => {
    expect(articles[2]).toMatchObject({
      kicker: '临海市人民代表大会常务委员会',
      headline: '关于召开临海市第十七届人民代表大会第四次会议的决定',
      subheadline: '(2023年10月30日 临海市第十七届人民代表大会常务委员会第十五次会议通过)',
    })
    expect(articles[2]!.paragraphs).toHaveLength(1)
  })

  it('keeps a numbered notice line with its notice and lines ending in two spaces apart', () => {
    const { articles: notice } = segmentText(['# 某县人民代表大会常务委员会公告', '', '(第12号)', '', '会议通过，决定任命：  ', '张三为某县人民政府副县长。'].join('\n'))
    expect(notice).toHaveLength(1)
    expect(notice[0]).toMatchObject({ kind: 'notice', subheadline: '(第12号)', paragraphs: ['会议通过，决定任命：', '张三为某县人民政府副县长。'] })
  })
})
