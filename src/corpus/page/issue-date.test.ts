import { describe, expect, it } from 'vitest'
import { inferDate } from './issue-date'

const fromText = (text: string) => inferDate({ masthead: null, text })

describe('inferDate', () => {
  it('prefers front matter, then the masthead', () => {
    expect(inferDate({ metaDate: '2023-11-02', masthead: { value: '2023-11-03', evidence: [] }, text: '' })).toMatchObject({ value: '2023-11-02', basis: 'metadata' })
    expect(inferDate({ masthead: { value: '2025-06-13', evidence: ['2025年6月'] }, text: '1月8日' })).toMatchObject({ value: '2025-06-13', basis: 'masthead' })
  })

  it('reads 过去的X年 and X年度 as "the year after X"', () => {
    expect(fromText('李汉勤指出，过去的2020年是极不平凡的一年。')).toMatchObject({ earliest: '2021-01-01', latest: '2021-12-31', value: null, basis: 'content' })
    expect(fromText('会议表彰了10家2019年度十强工业企业。')).toMatchObject({ earliest: '2020-01-01', latest: '2020-12-31' })
  })

  it('never takes a target year for the current one', () => {
    expect(fromText('过去的2020年很不平凡。力争到2025年实现五个翻番，描绘2035年远景目标。').earliest).toBe('2021-01-01')
  })

  it('dates the page on or after the latest event it reports, within a week', () => {
    const d = fromText('过去的2020年。3月29日下午，签约仪式举行。3月30日晚，推进会召开。3月31日上午，接种点启用。')
    expect(d).toMatchObject({ earliest: '2021-03-31', latest: '2021-04-06', value: '2021-04-01', basis: 'content' })
    expect(d.evidence).toContain('过去的2020年')
    expect(d.evidence).toContain('3月31日')
  })

  it('ignores dates that are plans: 选举日定为, 将于', () => {
    const d = fromText('2025年1月9日，会议通过。选举日定为2025年1月24日，会议将于3月1日召开。')
    expect(d.earliest).toBe('2025-01-09')
  })

  it('reads a year written in Chinese numerals', () => {
    expect(fromText('以“奋战一一六一、奋进二〇一九”为主题').earliest).toBe('2019-01-01')
  })

  it('says unknown when the text names no year', () => {
    expect(fromText('6月2日下午，区委常委会会议召开。')).toEqual({ value: null, earliest: null, latest: null, basis: 'unknown', evidence: [] })
  })

  it('takes a date the page prints as its own before the path, and the path before the content', () => {
    const printed = { value: '2022-05-06', evidence: ['page record: 2022-05-06'] }
    const path = { value: '2022-05-07', text: '2022-05/07' }
    expect(inferDate({ masthead: null, printed, path, text: '5月5日' })).toMatchObject({ value: '2022-05-06', basis: 'masthead' })
    expect(inferDate({ masthead: null, path, text: '5月5日' })).toMatchObject({ value: '2022-05-07', earliest: '2022-05-07', basis: 'metadata', evidence: ['file path: 2022-05/07'] })
  })

  it('takes the year of a year line as current when the text names none', () => {
    expect(inferDate({ masthead: null, year: 2016, text: '3月2日上午，推进会召开。' })).toMatchObject({ earliest: '2016-03-02', value: '2016-03-03' })
  })

  it('never takes the year of a reported period or of a book title for the current one', () => {
    expect(fromText('2019年1月至10月，全县完成投资30亿元。').earliest).toBeNull()
    expect(fromText('会议学习《关于生态文明建设论述摘编（2025年9月至2025年10月）》。2024年，全市完成目标。').earliest).toBe('2024-01-01')
  })
})

describe('a page whose path gives its month but no day', () => {
  const month = { year: 2021, month: 6, text: '202106' }
  it('takes the day its content reports within that month', () => {
    expect(inferDate({ masthead: null, pathPeriod: month, text: '6月14日，我县召开会议。' })).toMatchObject({ value: '2021-06-15', basis: 'metadata', evidence: ['file path: 202106', '6月14日'] })
  })

  it('is the month, as a range, where the content gives no day in it', () => {
    expect(inferDate({ masthead: null, pathPeriod: month, text: '5月30日，我县召开会议。' })).toMatchObject({ value: null, earliest: '2021-06-01', latest: '2021-06-30' })
  })
})
