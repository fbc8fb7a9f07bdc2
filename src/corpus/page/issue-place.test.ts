import { describe, expect, it } from 'vitest'
import { inferPlace } from './issue-place'

const content = (text: string, year: number | null = null) => inferPlace({ text, year })

describe('inferPlace', () => {
  it('takes front matter first, then the masthead, resolving short names', () => {
    expect(inferPlace({ metaPlace: '临海市', text: '' })).toMatchObject({ place: '临海市', basis: 'metadata' })
    expect(inferPlace({ masthead: '平阳县', text: '' })).toMatchObject({ place: '平阳县', basis: 'masthead', code: '330326' })
    expect(inferPlace({ masthead: '莲都', text: '全区上下' })).toMatchObject({ place: '莲都区', basis: 'masthead' })
  })

  it('finds the county the page names most, of the kind its own words use', () => {
    const text = '我县开展活动。平阳县慈善总会主办，和谐平阳、幸福平阳建设。台州市仙居县代表团来访。全县上下。'
    expect(content(text)).toMatchObject({ place: '平阳县', basis: 'content' })
  })

  it('prefers districts when the page speaks of 全区 and skips county namesakes then', () => {
    expect(content('全区广大党员干部，莲都发展，莲都区召开推进会。全区上下，智能制造新城建设。').place).toBe('莲都区')
  })

  it("prefers the kind the page's own words use without requiring it: a district named often beats a county stem met once", () => {
    // 全市 on a district's page is its city; 兴国 inside 兴国之本 is a phrase's word, met once
    const text = '全市领导干部会议召开。莲都发展，莲都实际，办好莲都事，莲都区召开推进会。强国之基、兴国之本。全市上下，莲都生态工业。'
    expect(content(text).place).toBe('莲都区')
    // but a district named once on a page of 全县 decides nothing
    expect(content('全县代表团赴天津滨海新区学习考察。').place).toBeNull()
  })

  it('chooses among namesakes by the city or province the page names', () => {
    expect(inferPlace({ masthead: '鼓楼', text: '福州市鼓楼区' }).place).toBe('鼓楼区')
    expect(content('我区地处南京市，鼓楼区召开会议，全区上下').place).toBe('鼓楼区')
  })

  it('says unknown when no county is named', () => {
    expect(content('会议强调，要抓好落实。')).toEqual({ place: null, basis: 'unknown', evidence: [] })
  })

  it("reads 我市 as a county-level city and never takes a zone name for another city's district", () => {
    const text = '考察团来到江北新区、滨海新区的项目现场。乐清经济发达，我市欢迎投资，乐清一定会提供服务。'
    expect(content(text).place).toBe('乐清市')
  })

  it("takes the county named in the paper's own name or in the e-paper header's section", () => {
    expect(inferPlace({ paper: '今日普陀', text: '会议召开。' })).toMatchObject({ place: '普陀区', basis: 'masthead' })
    expect(inferPlace({ section: '仙居*要闻', text: '我县召开会议，平阳县客商参加。' })).toMatchObject({ place: '仙居县', basis: 'masthead' })
  })

  it("never lets a visiting delegation's county decide", () => {
    const text = '昨日，仙居县党政代表团来我县考察，仙居县委书记一行参观了项目。平阳经济发展态势良好。'
    expect(content(text).place).toBe('平阳县')
  })

  it("never lets a list of visiting counties or a partner county decide, and reads a short name glued to its organ (开化县委) as the county", () => {
    expect(content('宁海县、象山县代表团来我县考察，全县上下热情接待。').place).toBeNull()
    expect(content('我县与龙游县签订合作协议。开化县委书记出席，全县上下。').place).toBe('开化县')
  })
})

describe('a county counts only as a word of its own', () => {
  it('not inside a title: 代县长 is no 代县', () => {
    expect(content('县委副书记、代县长张明远主持召开县政府常务会议，我县各部门参加。').place).toBeNull()
  })

  it('not inside a personal name: a given name that is a county stem (何建平, 谢子长)', () => {
    expect(content('县人大常委会副主任李国华，副主任王小林、何建平、赵立新出席。全县上下。').place).toBeNull()
    expect(content('民族英雄谢子长的事迹激励着全县干部群众。').place).toBeNull()
  })

  it('not inside an organ: 县公安局 is no 公安县', () => {
    expect(content('县公安局、县应急局负责同志参加会议。我县将开展专项整治。').place).toBeNull()
  })

  it('not inside a township: 巴彦花镇 is no 巴彦县, but points to its own banner', () => {
    expect(content('巴彦花镇、绍根镇的党员干部参加培训，全旗上下齐心。').place).toBe('阿鲁科尔沁旗')
  })

  it('not as an everyday word or a slogan: 惠民政策, 资源禀赋, 合作共赢, 服务业兴县, 和县委, 完成县域', () => {
    expect(content('落实惠民政策，发挥资源禀赋，坚持合作共赢，守护和平安宁。').place).toBeNull()
    expect(content('坚持服务业兴县，完成县域规划，书记和县委班子成员参加。').place).toBeNull()
  })

  it('a short name that is also a common word, met once, decides nothing; named twice it does', () => {
    expect(content('办好惠民实事，我县新增就业岗位。').place).toBeNull()
    expect(content('守护一方安宁，全市上下齐心协力。').place).toBeNull()
    expect(content('安宁发展势头好，安宁人民齐心协力，全市上下。').place).toBe('安宁市')
  })

  it("takes the county of the paper a 来源 field names (某某融媒)", () => {
    expect(inferPlace({ paper: '仪陇融媒', text: '办好惠民实事，我县新增就业岗位。' })).toMatchObject({ place: '仪陇县', basis: 'masthead' })
  })

  it('not inside another place: 天津滨海新区 is no 滨海县', () => {
    expect(content('我县代表团赴天津滨海新区学习考察。').place).toBeNull()
  })

  it('but a county written whole counts, whatever stands before it: 流域绛县段, 政协沁县', () => {
    expect(content('汾河流域绛县段的治理全面启动，我县干部群众参加。').place).toBe('绛县')
    expect(content('政协沁县委员会召开常委会议，全县政协委员参加。').place).toBe('沁县')
  })

  it('a township that several counties have says nothing by itself', () => {
    expect(content('城关镇召开会议，全县各乡镇参加。').place).toBeNull()
  })
})

describe('places of their year', () => {
  it('resolves a short name against the units in use in the page year', () => {
    expect(content('子长发展迅速，我县召开大会。', 2014)).toMatchObject({ place: '子长县', code: '610623' })
    expect(content('子长发展迅速，我市召开大会。', 2021)).toMatchObject({ place: '子长市', code: '610681' })
  })

  it('keeps the name the paper printed when the year is unknown', () => {
    expect(content('子长县在医改方面走在前列，我县召开大会。')).toMatchObject({ place: '子长县', code: '610623' })
  })

  it('takes the latest unit when neither the year nor the full name is known', () => {
    expect(content('子长发展迅速，我市召开大会。')).toMatchObject({ place: '子长市' })
  })

  it("reads a former county-level city's name as the prefecture it became (潍坊市)", () => {
    expect(content('潍坊市召开会议。寿光市委书记出席。', 2021).place).toBe('寿光市')
  })
})
