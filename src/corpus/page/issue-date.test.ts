import { describe, expect, it } from 'vitest'
import { inferDate } from './issue-date'

const fromText = (text: string) => inferDate(undefined, null, text)

describe('inferDate', () => {
  it('prefers front matter, then the masthead', () => {
    expect(inferDate('2023-11-02', { value: '2023-11-03', evidence: [] }, '')).toMatchObject({ value: '2023-11-02', basis: 'metadata' })
    expect(inferDate(undefined, { value: '2025-06-13', evidence: ['2025年6月'] }, '1月8日')).toMatchObject({ value: '2025-06-13', basis: 'masthead' })
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
})
