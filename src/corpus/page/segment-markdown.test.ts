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

  it("reads a headline over its page marker as a teaser, and a title-like line over a headline as its kicker", () => {
    // as a PDF's 导读 box comes out: the teaser's kicker in body type, its headline large, the marker
    const { articles: teased } = segmentText(['# 我县召开春耕动员会', '', '本报讯（记者 林远）昨天，我县召开春耕动员会。', '', '稻香满田野 丰收有盼头', '', '# 东岭村千亩良田完成翻耕', '', '>>>2版', '', '# 县医院新院区启用', '', '>>>3版', '', '2025年3月1日', '', '# 某县人民代表大会常务委员会公告'].join('\n'))
    expect(teased.map((a) => [a.kind, a.kicker, a.headline, a.toPage])).toEqual([
      ['news', null, '我县召开春耕动员会', null],
      ['teaser', '稻香满田野 丰收有盼头', '东岭村千亩良田完成翻耕', 2],
      ['teaser', null, '县医院新院区启用', 3],
      // a date line closes the text before it: no kicker
      ['notice', null, '某县人民代表大会常务委员会公告', null],
    ])
  })

  it('reads a title-like line over a 本报讯 lead as the headline of a new report', () => {
    const { articles: reports } = segmentText(['# 我县召开春耕动员会', '', '本报讯（记者 林远）昨天，我县召开春耕动员会。', '', '城北社区开展敬老服务', '', '本报讯（通讯员 杨溪）近日，城北社区开展敬老服务。'].join('\n'))
    expect(reports.map((a) => [a.headline, a.byline.reporters, a.byline.correspondents])).toEqual([
      ['我县召开春耕动员会', ['林远'], []],
      ['城北社区开展敬老服务', [], ['杨溪']],
    ])
  })
})
