import { describe, expect, it } from 'vitest'
import { inferPlace } from './issue-place'

describe('inferPlace', () => {
  it('takes front matter first, then the masthead, resolving short names', () => {
    expect(inferPlace('临海市', null, '')).toMatchObject({ place: '临海市', basis: 'metadata' })
    expect(inferPlace(undefined, '平阳县', '')).toMatchObject({ place: '平阳县', basis: 'masthead' })
    expect(inferPlace(undefined, '莲都', '全区上下')).toMatchObject({ place: '莲都区', basis: 'masthead' })
  })

  it('finds the county the page names most, of the kind its own words use', () => {
    const text = '我县开展活动。平阳县慈善总会主办，和谐平阳、幸福平阳建设。台州市仙居县代表团来访。全县上下。'
    expect(inferPlace(undefined, null, text)).toMatchObject({ place: '平阳县', basis: 'content' })
  })

  it('prefers districts when the page speaks of 全区 and skips county namesakes then', () => {
    const text = '全区广大党员干部，莲都发展，莲都区召开推进会。全区上下，智能制造新城建设。'
    expect(inferPlace(undefined, null, text).place).toBe('莲都区')
  })

  it('chooses among namesakes by the city or province the page names', () => {
    expect(inferPlace(undefined, '鼓楼', '福州市鼓楼区').place).toBe('鼓楼区')
    expect(inferPlace(undefined, null, '我区地处南京市，鼓楼区召开会议，全区上下').place).toBe('鼓楼区')
  })

  it('says unknown when no county is named', () => {
    expect(inferPlace(undefined, null, '会议强调，要抓好落实。')).toEqual({ place: null, basis: 'unknown', evidence: [] })
  })

  it("reads 我市 as a county-level city and never takes a zone name for another city's district", () => {
    const text = '考察团来到江北新区、滨海新区的项目现场。乐清经济发达，我市欢迎投资，乐清一定会提供服务。'
    expect(inferPlace(undefined, null, text).place).toBe('乐清市')
  })

  it('never reads a county out of another word: 服务业兴县, 和县委, 完成县域, 资源禀赋', () => {
    expect(inferPlace(undefined, null, '坚持服务业兴县，完成县域规划，书记和县委班子成员参加。').place).toBeNull()
    expect(inferPlace(undefined, null, '发挥资源禀赋，坚持合作共赢，发展新兴产业，守护和平安宁。').place).toBeNull()
  })

  it("takes the county named in the paper's own name", () => {
    expect(inferPlace(undefined, null, '会议召开。', '今日普陀')).toMatchObject({ place: '普陀区', basis: 'masthead' })
  })

  it("never lets a visiting delegation's county decide", () => {
    const text = '昨日，仙居县党政代表团来我县考察，仙居县委书记一行参观了项目。平阳经济发展态势良好。'
    expect(inferPlace(undefined, null, text).place).toBe('平阳县')
  })
})
