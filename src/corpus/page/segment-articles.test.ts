import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { segmentText } from './segment-text.test-utils'
import { headlineMarks } from './assemble'

const fixture = (name: string) => readFileSync(new URL(`../__fixtures__/pages/${name}`, import.meta.url), 'utf8')

describe('segmentArticles on a page of plain paragraphs', () => {
  const { articles } = segmentText(fixture('plain.txt').split('\n').slice(7).join('\n'))

  it('finds each article with its headline, deck and byline', () => {
    expect(articles.map((a) => [a.kind, a.headline])).toEqual([
      ['news', '全县春季植树造林动员会召开 绿化家园 共建美丽永嘉'],
      ['news', '桥头镇纽扣小镇 迎来首批研学团队'],
      ['teaser', '楠溪江生态保护见闻'],
    ])
    expect(articles[0]!.subheadline).toBe('王建国出席 李明华主持')
    expect(articles[0]!.byline.reporters).toEqual(['周小雨', '郑晨'])
  })

  it('gives a credit between headline and byline to the article below it', () => {
    expect(articles[1]!.byline).toEqual({ reporters: [], correspondents: ['林一帆'], photographers: ['郑晨'] })
  })

  it('rejoins a paragraph broken by a blank line and drops the 本报讯 byline from the text', () => {
    expect(articles[0]!.paragraphs[0]).toMatch(/^昨天上午/)
    expect(articles[0]!.paragraphs[1]).toContain('新增造林面积达到3000亩以上')
  })

  it('reads a teaser with its kicker and target page', () => {
    expect(articles[2]).toMatchObject({ kicker: '守护一江清水', toPage: 2, paragraphs: [] })
  })
})

describe('segmentArticles on narrow PDF columns', () => {
  const { articles, unmatched } = segmentText(fixture('columns.txt').split('\n').slice(1).join('\n'))

  it('matches headlines printed after the bodies back to their articles by content', () => {
    expect(articles.map((a) => a.headline)).toEqual(['鹿城区召开区委常委会会议', '社区老年食堂开业 家门口吃上暖心饭', '街道工作人员为老人送餐上门。'])
    expect(unmatched).toEqual([])
  })

  it('reflows column lines into paragraphs that end where sentences end', () => {
    expect(articles[0]!.paragraphs).toHaveLength(3)
    expect(articles[0]!.paragraphs[1]).toBe('会议指出，要坚持问题导向，聚焦重点领域和关键环节，拿出务实管用的举措。')
  })

  it('takes a lone sentence under the last headlines for a photo caption', () => {
    expect(articles[2]!.kind).toBe('photo')
  })
})

describe('segmentArticles rules', () => {
  it('treats short lines between paragraphs of an article as section heads', () => {
    const { articles } = segmentText(
      ['本报记者 叶琳', '', '一年来，全县各级纪检监察组织忠诚履行职责，推动全面从严治党向纵深发展。', '',
        '政治监督坚定有力', '', '聚焦疫情防控决战决胜强化监督，构建全覆盖日常督查机制，共对15件问题进行问责。', '',
        '清廉建设全面推进', '', '建立政治生态建设档案，对611名乡科级干部实施政治画像，推动清廉建设走深走实。', '', '（下转二版）'].join('\n'),
    )
    expect(articles).toHaveLength(1)
    expect(articles[0]).toMatchObject({ kind: 'feature', sections: ['政治监督坚定有力', '清廉建设全面推进'], toPage: 2 })
  })

  it('starts a paragraph with a full-width column line that has no punctuation', () => {
    const { articles } = segmentText(
      ['本报讯（记者 宋词）3月30日晚，推进会召开，安排部署我县', '疫苗接种工作。', '会上还传达学习了全省新时代文明实践中心暨', '农村文化礼堂建设工作推进会议精神。'].join('\n'),
    )
    expect(articles).toHaveLength(1)
    expect(articles[0]!.paragraphs[1]).toBe('会上还传达学习了全省新时代文明实践中心暨农村文化礼堂建设工作推进会议精神。')
  })

  it('keeps a 阅读提示 box as the summary of the article below it', () => {
    const { articles } = segmentText(['阅读提示', '当前，学习贯彻全会精神是全区的一项重要政治任务。', '□ 记者 王秋蕊', '本报讯 6月2日下午，区委常委会会议召开。'].join('\n'))
    expect(articles).toHaveLength(1)
    expect(articles[0]!.summary).toBe('当前，学习贯彻全会精神是全区的一项重要政治任务。')
    expect(articles[0]!.byline.reporters).toEqual(['王秋蕊'])
  })

  it('keeps a 阅读提示 box whose narrow lines look like headlines', () => {
    const { articles } = segmentText(['阅读提示', '当前，学习好全会精神是全区的', '一项重要政治任务。', '□ 记者 王秋蕊', '本报讯 6月2日下午，区委常委会会议召开。'].join('\n'))
    expect(articles).toHaveLength(1)
    expect(articles[0]!.summary).toBe('当前，学习好全会精神是全区的一项重要政治任务。')
  })

  it('makes lines of doubled characters an ad and ends the article before them', () => {
    const { articles } = segmentText(['本报讯（记者 刘俊杰）会议在杭州举行。', '农农信信手手机机银银行行', '您您的的随随身身银银行行'].join('\n'))
    expect(articles.map((a) => [a.kind, a.headline])).toEqual([['news', null], ['ad', '农信手机银行']])
  })

  it('reads a picture story closed by its credit', () => {
    const { articles } = segmentText(['为方便我县全民接种，3', '月31日上午，首个方舱接种点', '正式启用。', '周晴 刘俊杰', '摄影报道'].join('\n'))
    expect(articles).toHaveLength(1)
    expect(articles[0]).toMatchObject({ kind: 'photo', headline: null, byline: { photographers: ['周晴', '刘俊杰'] } })
    expect(articles[0]!.paragraphs).toEqual(['为方便我县全民接种，3月31日上午，首个方舱接种点正式启用。'])
  })
})

describe('segmentArticles with an indicator table', () => {
  it('keeps the table as rows of cells instead of reflowing it', () => {
    const { articles } = segmentText(
      ['本报讯（记者 李明）上半年，全县经济运行稳中有进。主要指标如下：', '指标    单位    1-6月    增长（%）', '地区生产总值    亿元    312.5    6.1', '规上工业增加值    亿元    88.2    9.4', '下半年，全县将继续稳增长。'].join('\n'),
    )
    expect(articles).toHaveLength(1)
    expect(articles[0]!.paragraphs).toEqual(['上半年，全县经济运行稳中有进。主要指标如下：', '下半年，全县将继续稳增长。'])
    expect(articles[0]!.tables).toEqual([{ atParagraph: 1, rows: [['指标', '单位', '1-6月', '增长（%）'], ['地区生产总值', '亿元', '312.5', '6.1'], ['规上工业增加值', '亿元', '88.2', '9.4']] }])
  })
})

describe('marks in front of a web copy headline', () => {
  it('keeps [图] and 【栏目】 as the kicker, the headline what follows', () => {
    expect(headlineMarks('[图]【乡村振兴】我县举办农民丰收节活动')).toEqual({ headline: '我县举办农民丰收节活动', marks: '[图]【乡村振兴】' })
    expect(headlineMarks('我县【聚焦】举办活动')).toEqual({ headline: '我县【聚焦】举办活动', marks: null })
    expect(headlineMarks('【图】')).toEqual({ headline: '【图】', marks: null })
  })
})

describe('a CMS labelling the parts of a headline', () => {
  it('reads 引题：, 主题：, 副题： as kicker, headline and deck, without the labels', () => {
    const { articles } = segmentText(['引题：坚持生态优先 推动绿色发展', '主题：我县打造生态示范区', '副题：今年已完成造林两万亩', '', '本报讯 今年以来，我县坚持生态优先。'].join('\n'))
    expect(articles.map((a) => [a.kicker, a.headline, a.subheadline])).toEqual([['坚持生态优先 推动绿色发展', '我县打造生态示范区', '今年已完成造林两万亩']])
  })
})

describe('a column of briefs under one heading', () => {
  it('is one article, each brief closing with its own writers', () => {
    const { articles } = segmentText(['简讯', '', '本报讯 5月5日，县交通局开展安全检查。（黄丽）', '', '本报讯 5月5日，县卫健局开展义诊活动。（赵洋）'].join('\n'))
    expect(articles.map((a) => [a.headline, a.paragraphs, a.byline.reporters])).toEqual([['简讯', ['5月5日，县交通局开展安全检查。', '5月5日，县卫健局开展义诊活动。'], ['黄丽', '赵洋']]])
  })

  it('but reports under headlines of their own stay apart', () => {
    const { articles } = segmentText(['县交通局开展安全检查', '', '本报讯 5月5日，县交通局开展安全检查。', '', '县卫健局开展义诊', '', '本报讯 5月5日，县卫健局开展义诊活动。'].join('\n'))
    expect(articles.map((a) => a.headline)).toEqual(['县交通局开展安全检查', '县卫健局开展义诊'])
  })
})
