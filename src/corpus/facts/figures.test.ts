import { describe, expect, it } from 'vitest'
import { articleOf, issueOf } from '../../shared/corpus-records.test-utils'
import { findFigures, scaled } from './figures'
import { silentReporter } from '../lib/diagnostics'

const figures = (paragraphs: string[]) =>
  findFigures({ article: articleOf(paragraphs), issue: issueOf('平阳县', '2025-01-10') }, silentReporter).map(({ raw, value, unit, qualifier, label, year }) => ({ raw, value, unit, qualifier, label, year }))

describe('findFigures', () => {
  it('multiplies out 万 and 亿 and keeps the base unit', () => {
    expect(figures(['仅2018年，我县就募集善款4348万元，实现网络销售额243.8亿元。'])).toEqual([
      { raw: '4348万元', value: 43480000, unit: '元', qualifier: null, label: '募集善款', year: 2018 },
      { raw: '243.8亿元', value: 24380000000, unit: '元', qualifier: null, label: '网络销售额', year: 2018 },
    ])
  })

  it('scales by decimal arithmetic: 78.9亿 is 7890000000 exactly, 0.07万 is 700', () => {
    expect(figures(['全年实现地区生产总值78.9亿元，新增绿地0.07万平方米，引进资金1.1万元。']).map((f) => f.value)).toEqual([7890000000, 700, 11000])
    for (const [value, power] of [[78.9, 8], [0.07, 4], [1.1, 4], [3.3, 3], [0.1, 8]] as const) expect(String(scaled(value, power))).not.toMatch(/\.\d*0000|\.\d*9999/)
  })

  it('reads qualifiers before and after the number', () => {
    expect(figures(['开展服务2.8万余场次，吸引群众超45万人次，发放补贴3300余万元，下派专家不少于12人，面积约21万平方米。']).map((f) => [f.value, f.unit, f.qualifier])).toEqual([
      [28000, '场次', '余'], [450000, '人次', '超'], [33000000, '元', '余'], [12, '人', '不少于'], [210000, '平方米', '约'],
    ])
  })

  it('labels a count by the noun phrase after it, not the clause it runs into', () => {
    const labels = figures([
      '由县慈善总会主办，12个乡镇分会承办了年夜饭活动。2000余名在职党员干部纷纷到社区报到。',
      '30余名医护人员及志愿者采用轮班制开展服务。另外，3600平方米的研发中心也已封顶。',
      '全县共有15名人大常委会组成人员出席会议。共对9件疫情防控履职不力问题进行了督办。',
    ]).map((f) => f.label)
    expect(labels).toEqual(['乡镇分会', '在职党员干部', '医护人员及志愿者', '研发中心', '人大常委会组成人员', '疫情防控履职不力问题'])
  })

  it('counts the noun before 的 when it is all noun (4个项目的情况汇报), the head after it when a clause modifies it', () => {
    expect(figures(['会议听取了道路、桥梁等4个项目的情况汇报。全县建成2家省级认定的小微企业园。']).map((f) => f.label)).toEqual(['项目', '小微企业园'])
  })

  it('keeps a quoted name whole and skips a head that is no noun (…的同时)', () => {
    expect(figures(['建成40个“共享社·幸福里”单元。在评出8个文化强镇的同时，保留了荣誉。']).map((f) => f.label)).toEqual(['共享社·幸福里单元', '文化强镇'])
  })

  it('keeps 新增 and 累计 in a label: an increment and a running total are two measures', () => {
    expect(figures(['2023年，全县累计产值38.5亿元，新增供地60亩。3年累计新增产值90亿元。']).map((f) => f.label)).toEqual(['累计产值', '新增供地', '累计新增产值'])
  })

  it('marks a figure of a plan as a target, never one series with a result', () => {
    const found = figures(['2024年，全县工业产值达到86亿元。力争到2027年工业产值突破120亿元，预计新增就业岗位3000个。'])
    expect(found.map((f) => [f.label, f.value])).toEqual([['工业产值', 8600000000], ['目标工业产值', 12000000000], ['目标新增就业岗位', 3000]])
  })

  it('reads percentages and growth', () => {
    expect(figures(['网络销售额同比增长25.4%，完成率131.5%。']).map((f) => [f.value, f.unit, f.label])).toEqual([[25.4, '%', '网络销售额同比增长'], [131.5, '%', '完成率']])
  })

  it('reads Chinese numerals that count, not those of slogans', () => {
    expect(figures(['新增十五个项目，带动两万人就业。坚持一张蓝图，落实两个维护，开展“三比三看”。']).map((f) => [f.value, f.unit])).toEqual([[15, '个'], [20000, '人']])
  })

  it('takes the noun after the measure for the label when there is one', () => {
    expect(figures(['建成5200平方米的研发中心，形成年产3万吨特种钢管的能力。']).map((f) => f.label)).toEqual(['研发中心', '特种钢管'])
  })

  it('finds the year from 去年 and 过去一年 against the page\'s year', () => {
    expect(figures(['去年以来，开工项目48个。']).map((f) => f.year)).toEqual([2024])
  })

  it('skips dates, years, ordinals, sessions, durations, phone numbers and page numbers', () => {
    expect(figures(['2025年1月9日，第二十二次会议召开，县政协十六届四十三次主席会议，成立15年来，2个月内，热线58129999，建党100周年，2.0版。'])).toEqual([])
  })
})

describe('findFigures on an indicator table', () => {
  it('makes every number a figure labelled by its row, with the row unit and growth as a percentage', () => {
    const article = articleOf(['上半年主要经济指标如下。'], 't', {
      tables: [{ atParagraph: 1, rows: [['指标', '单位', '1-6月', '同比增长（%）'], ['规模以上工业增加值', '亿元', '125.6', '8.2'], ['社会消费品零售总额', '万元', '3456', '-1.5']] }],
    })
    const found = findFigures({ article, issue: issueOf('平阳县', '2025-07-10') }, silentReporter).map(({ value, unit, label }) => [value, unit, label])
    expect(found).toEqual([
      [12560000000, '元', '规模以上工业增加值'], [8.2, '%', '规模以上工业增加值同比增长'],
      [34560000, '元', '社会消费品零售总额'], [-1.5, '%', '社会消费品零售总额同比增长'],
    ])
  })

  it('counts a figure of the headline once where the body repeats it, and reads one only the headline prints', () => {
    const article = (headline: string, paragraphs: string[]) => findFigures({ article: articleOf(paragraphs, 'p-a01', { headline }), issue: issueOf('平阳县', '2024-01-30') }, silentReporter)
    expect(article('县人代会共收到议案建议88件', ['大会共收到议案30件，建议58件。']).map((f) => f.raw)).toEqual(['30件', '58件', '88件'])
    expect(article('30名评委产生', ['最终产生了30名群众评委。', '30名群众评委来自各行各业。', '11月初，30名群众评委将参与评审。']).map((f) => [f.raw, f.label])).toEqual([['30名', '群众评委']])
  })

  it('labels a count after its clause\'s subject and verb by what is counted', () => {
    expect(figures(['会议共收到委员5人以上联名提出的提案30件。', '全镇新增就业岗位320个。']).map((f) => [f.value, f.label])).toEqual([[5, '委员'], [30, '提案'], [320, '新增就业岗位']])
  })

  it('labels a count by the noun it counts, not the clause before it', () => {
    expect(figures(['大会共收到代表联名提出的议案55件,其中,财政经济方面12件。']).map((f) => f.label)).toEqual(['议案', '财政经济方面'])
    expect(figures(['选出100条—200条表述语。']).map((f) => [f.value, f.label])).toEqual([[100, '表述语'], [200, '表述语']])
  })

  it('reads the units of real pages: 位, 人（次）, compound units kept whole', () => {
    expect(figures(['带领20多位考察团成员来考察，服务群众3000人（次），均价1.2万元/平方米。']).map((f) => [f.value, f.unit, f.qualifier])).toEqual([
      [20, '位', '多'], [3000, '人次', null], [12000, '元/平方米', null],
    ])
  })
})
