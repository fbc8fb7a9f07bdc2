import { describe, expect, it } from 'vitest'
import { normalizeLines } from './normalize-text'
import { readPageFurniture } from './page-furniture'

const read = (text: string) => readPageFurniture(normalizeLines(text.split('\n').map((t, i) => ({ no: i + 1, text: t }))))

describe('readPageFurniture', () => {
  it('reads page and section from an e-paper 版次 line, with or without 第 and leading zeros', () => {
    expect(read('第03版：要闻\n标题\n正文。')).toMatchObject({ page: 3, section: '要闻' })
    expect(read('00006版:县两会特别报道\n标题')).toMatchObject({ page: 6, section: '县两会特别报道' })
  })

  it('takes navigation, e-paper headers and issue numbers out of the article flow', () => {
    const r = read('云和日报 数字报纸\n上一版 下一版 版面导航\n总第4321期>2020-06-18\n标题\n正文。\n返回目录 | PDF')
    expect(r.lines.filter((l) => l.text).map((l) => l.text)).toEqual(['标题', '正文。'])
    expect(r).toMatchObject({ paper: '云和日报', issueNumber: 4321, date: { value: '2020-06-18' } })
    expect(r.blocks.every((b) => b.kind === 'furniture')).toBe(true)
  })

  it('reads the date of a record footer that repeats paper, section, page and headline', () => {
    const r = read('标题\n　　正文第一段。\n\n云和日报 要闻 00002 某某镇召开推进会 2020-06-18 1 2020年06月18日 星期四')
    expect(r.date?.value).toBe('2020-06-18')
    expect(r.date?.evidence[0]).toMatch(/^page record/)
    expect(r.page).toBe(2)
    expect(r.lines.filter((l) => l.text)).toHaveLength(2)
  })

  it('reads a date line at the top in any printed form', () => {
    for (const form of ['2021-03-30', '2021/3/30', '2021.03.30', '2021年03月30日 星期二']) expect(read(`${form}\n标题\n正文。`).date?.value).toBe('2021-03-30')
  })

  it('leaves a date that signs a notice lower down the page in the notice', () => {
    const r = read('关于某事的公告\n一、正文内容很长很长。\n二、正文内容很长很长。\n三、正文内容很长很长。\n四、正文内容很长很长。\n五、正文内容很长很长。\n某县人民政府\n2021年3月30日')
    expect(r.date).toBeNull()
    expect(r.lines.at(-1)!.text).toBe('2021年3月30日')
  })

  it('reads CMS fields: the date, the writers and the editors', () => {
    const r = read('标题\n刊发日期：2019-11-08 作者：张小明 李大力\n正文。\n编辑：王小燕')
    expect(r.date?.value).toBe('2019-11-08')
    expect(r.credits).toEqual({ authors: ['张小明', '李大力'], editors: ['王小燕'] })
  })

  it('keeps a year on its own line at the top as the current year', () => {
    expect(read('2016\n标题\n正文。').year).toBe(2016)
  })

  it('leaves running text alone, even with a date in it', () => {
    const r = read('标题\n2020年6月18日上午，县委召开会议。\n时间：2020年6月18日')
    expect(r.blocks).toEqual([])
  })

  it('reads a CMS line of fields separated by bars, a labelled author and an editor line without a colon', () => {
    const r = read('标题\n来源：某某日报 | 发布时间：2021-03-30 10:20 | 作者：本报记者 张小明\n正文。\n分享到：\n责任编辑 王小燕')
    expect(r.date?.value).toBe('2021-03-30')
    expect(r.credits).toEqual({ authors: ['张小明'], editors: ['王小燕'] })
    expect(r.lines.filter((l) => l.text).map((l) => l.text)).toEqual(['标题', '正文。'])
  })
})

describe('an e-paper issue line', () => {
  it('gives the page, the section and the day: 第一版：要闻版总第…, A1：某某*要闻总第…, 2:要闻总第…', () => {
    expect(read('第一版：要闻版总第3602期 >2020-05-18编印\n正文')).toMatchObject({ page: 1, section: '要闻版', issueNumber: 3602, date: { value: '2020-05-18' } })
    expect(read('A1：仙居*要闻总第2472期 >2013-02-06编印\n正文')).toMatchObject({ page: 1, section: '仙居*要闻' })
    expect(read('2:要闻总第107期 >2013-01-31编印\n正文')).toMatchObject({ page: 2, section: '要闻' })
  })

  it('credits the writers of a CMS 作者 field, pen names too, but not a site account or an office', () => {
    expect(read('刊发日期：2013-02-06 阅读次数： 作者：小杰  语音阅读：语音阅读\n正文').credits.authors).toEqual(['小杰'])
    expect(read('刊发日期：2013-02-06 作者：admin\n正文').credits.authors).toEqual([])
    expect(read('刊发日期：2013-02-06 作者：县委党史办\n正文').credits.authors).toEqual([])
  })
})

describe('dates of CMS and source lines', () => {
  it('reads the day of 来源：… with a date, 时间：, and a line of day and source', () => {
    expect(read('县里召开会议\n来源：某某融媒 2021年6月15日 10:30\n正文').date?.value).toBe('2021-06-15')
    expect(read('县里召开会议\n时间：2021-06-15\n正文').date?.value).toBe('2021-06-15')
    const line = read('县里召开会议\n2021年06月15日 09:30 来源：某某县人民政府 作者：王小明\n正文')
    expect([line.date?.value, line.credits.authors]).toEqual(['2021-06-15', ['王小明']])
  })

  it("takes the county's own media a 来源 field names as the paper, never a wire or a higher paper", () => {
    expect(read('县里召开会议\n来源：云河融媒 2021年6月15日 10:30\n正文').paper).toBe('云河融媒')
    expect(read('县里召开会议\n来源：云河县融媒体中心\n正文').paper).toBe('云河县融媒体中心')
    expect(read('县里召开会议\n来源：新华社\n正文').paper).toBeNull()
    expect(read('县里召开会议\n来源：某某日报 2021-06-15\n正文').paper).toBeNull()
  })

  it("reads a head line of the paper's name and day, a date in brackets, and more CMS fields", () => {
    const head = read('云河报 2019年5月14日 第3版\n县里召开会议\n正文。')
    expect([head.date?.value, head.paper, head.lines.map((l) => l.text)]).toEqual(['2019-05-14', '云河报', ['县里召开会议', '正文。']])
    expect(read('云河报 2019.05.14\n标题\n正文。').date?.value).toBe('2019-05-14')
    expect(read('[2019-05-14]\n标题\n正文。').date?.value).toBe('2019-05-14')
    expect(read('【发布时间：2019年05月14日】\n标题\n正文。').date?.value).toBe('2019-05-14')
    expect(read('2019年5月14日 星期二 农历四月初十\n标题\n正文。').date?.value).toBe('2019-05-14')
    expect(read('本期出版：2019年05月14日\n标题\n正文。').date?.value).toBe('2019-05-14')
    expect(read('标题\n信息来源：县政府办 发布日期：2019-05-14 浏览次数：123\n正文。').date?.value).toBe('2019-05-14')
  })

  it('reads a 版次 line with a Chinese numeral (第二版：综合)', () => {
    expect(read('第二版：综合\n[图]县领导督导防汛工作\n正文。')).toMatchObject({ page: 2, section: '综合' })
  })

  it('keeps a headline that opens with a date as a headline', () => {
    const r = read('2019年5月14日 县城迎来首场雪\n正文。')
    expect([r.date, r.lines.map((l) => l.text)]).toEqual([null, ['2019年5月14日 县城迎来首场雪', '正文。']])
  })

  it('never reads a sentence with 时间 as a CMS field', () => {
    expect(read('标题\n时间就是生命：大家要抓紧\n正文').date).toBeNull()
  })
})

describe('credit lines of a web copy', () => {
  it('reads glued runs of producers as people of the page, and photographers and writers as credits', () => {
    expect(read('标题\n正文。\n总监制：张三丰监制：李四光').credits.editors).toEqual(['张三丰', '李四光'])
    expect(read('标题\n正文。\n摄像：李大伟 撰稿：王小明').credits).toMatchObject({ authors: ['王小明'], photographers: ['李大伟'] })
  })

  it("leaves an interview's 记者： question in the text", () => {
    expect(read('标题\n记者：您好，请问今年的工作重点是什么？\n正文。').blocks).toEqual([])
  })
})

describe('an issue number without 第', () => {
  it('reads 1886 期 / 第2版 as the issue and the page, never as a figure of the text', () => {
    const r = read('1886 期 / 第2版:2\n要闻简报\n正文。')
    expect([r.issueNumber, r.blocks.length]).toEqual([1886, 1])
  })
})
