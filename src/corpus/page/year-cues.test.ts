import { describe, expect, it } from 'vitest'
import { yearCues, yearsOfCues } from './year-cues'
import { fromContent } from './issue-date'

const years = (text: string) => yearsOfCues(yearCues(text))

describe('the year a page dates by its content', () => {
  it('counts an anniversary from the founding event it names', () => {
    expect(years('在庆祝中国共产党成立100\n周年之际，全县党员重温入党誓词。')).toMatchObject({ from: 2021, to: 2021 })
    expect(years('喜迎新中国成立七十周年，我镇举办文艺汇演。')).toMatchObject({ from: 2019, to: 2019 })
    expect(years('公司成立30周年庆典举行。')).toBeNull()
  })

  it('dates the report of a closed year, even in a title, to the year after', () => {
    expect(years('听取了《关于2016年度县本级预算执行和其他财政收支情况的审计工作报告》。')).toMatchObject({ from: 2017, to: 2017 })
  })

  it('gives a five-year plan as a range, narrowed by an anniversary', () => {
    expect(years('“十四五”规划时期')).toMatchObject({ from: 2021, to: 2025 })
    // its opening and closing years are one year each
    expect(years('“十四五”规划开局之年')).toMatchObject({ from: 2021, to: 2021 })
    expect(years('确保“十三五”圆满收官')).toMatchObject({ from: 2020, to: 2020 })
    expect(years('“十三五”收官之年')).toMatchObject({ from: 2020, to: 2020 })
    expect(years('建党100周年、“十四五”开好局的关键时期')).toMatchObject({ from: 2021, to: 2021 })
    expect(years('“十三五”收官之年，迎接建党100周年')).toBeNull()
  })

  it('dates national campaigns and Central Committee plenums by their own calendar, narrowed together', () => {
    expect(years('全县深入开展党史学习教育。')).toMatchObject({ from: 2021, to: 2022 })
    expect(years('在“十四五”开局之年深入开展党史学习教育。')).toMatchObject({ from: 2021, to: 2021 })
    expect(years('认真学习贯彻党的十九届五中全会精神。')).toMatchObject({ from: 2020, to: 2021 })
    expect(years('今年是脱贫攻坚决战之年。')).toMatchObject({ from: 2020, to: 2020 })
    // a county's own congress of the same number is no Central Committee
    expect(years('县十九届人大常委会第五次会议召开。')).toBeNull()
  })

  it('dates the page from its events in that year, and leaves a range without a day', () => {
    expect(fromContent('本报讯（记者 王一）7月27日，在中国共产党成立100周年之际，我旗召开大会。')).toMatchObject({ earliest: '2021-07-27', value: '2021-07-28' })
    expect(fromContent('“十四五”期间，我县将加快发展。')).toMatchObject({ value: null, earliest: '2021-01-01', latest: '2025-12-31' })
  })
})
