import { describe, expect, it } from 'vitest'
import { createReporter } from '../lib/diagnostics'
import { readMasthead } from './masthead'
import { normalizeLines } from './normalize-text'

function read(text: string) {
  const report = createReporter('p.txt')
  const lines = normalizeLines(text.split('\n').map((t, i) => ({ no: i + 1, text: t })))
  return { ...readMasthead(lines, report), diagnostics: report.diagnostics }
}

const MASTHEAD = `永嘉发布

中共永嘉县委机关报
永嘉县融媒体中心主办
富强 民主 文明 和谐
2024年3月
星期四
21
农历甲辰年二月十二
今日4版 总第3120期
新闻热线：57512345

全县春季植树造林动员会召开`

describe('readMasthead', () => {
  it('reads publisher, date, weekday, lunar date, issue number, pages and hotline', () => {
    const r = read(MASTHEAD)
    expect(r.masthead).toEqual({
      publisher: '中共永嘉县委机关报', issueNumber: 3120, pages: 4, weekday: '星期四', lunarDate: '甲辰年二月十二', hotline: '57512345',
    })
    expect(r.date?.value).toBe('2024-03-21')
    expect(r.placeHint).toBe('永嘉县')
    expect(r.diagnostics).toEqual([])
  })

  it('takes the masthead lines, app names and slogans included, out of the article flow', () => {
    const r = read(MASTHEAD)
    expect(r.blocks).toEqual([expect.objectContaining({ kind: 'masthead', lines: [1, 11] })])
    expect(r.lines.filter((l) => l.text).map((l) => l.text)).toEqual(['全县春季植树造林动员会召开'])
  })

  it('warns when the printed weekday or lunar date does not fit the date', () => {
    const r = read(MASTHEAD.replace('星期四', '星期五').replace('二月十二', '二月十三'))
    expect(r.date?.value).toBe('2024-03-21')
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(['masthead/weekday', 'masthead/lunar'])
  })

  it('reads a running page header: 05要闻·莲都', () => {
    const r = read(' 05要闻·莲都\n\n□ 记者 王秋蕊')
    expect(r).toMatchObject({ page: 5, section: '要闻·莲都', placeHint: '莲都', masthead: null })
    expect(r.blocks).toEqual([{ kind: 'page-header', lines: [1, 1], text: ['05要闻·莲都'] }])
  })

  it("reads the paper's name printed over the page header, as a PDF's page has it", () => {
    const r = read('东湖区报\n\n03要闻·东湖\n\n本报讯（记者 李明）近日，全区召开会议。')
    expect(r).toMatchObject({ page: 3, section: '要闻·东湖', paper: '东湖区报', placeHint: '东湖' })
    expect(r.blocks).toEqual([{ kind: 'page-header', lines: [1, 3], text: ['东湖区报', '03要闻·东湖'] }])
    // a headline that only ends like a name is no paper when no page header follows it
    expect(read('捷报频传\n\n本报讯 近日，全区召开会议。').paper).toBeNull()
  })

  it('finds no masthead on a page that starts with an article', () => {
    const r = read('10家企业获评“绿色工厂”\n\n本报讯（记者 李明）近日，省经信厅公布名单。')
    expect(r.masthead).toBeNull()
    expect(r.page).toBeNull()
    expect(r.lines.filter((l) => l.text)).toHaveLength(2)
  })
})
