import { describe, expect, it } from 'vitest'
import { addDays, dateFromPath, dayNear, isoDate, lunarDateOf, periodFromPath, sameWeekday, weekdayOf } from './dates'

describe('dates', () => {
  it('builds ISO dates and rejects days that do not exist', () => {
    expect(isoDate(2025, 6, 13)).toBe('2025-06-13')
    expect(isoDate(2025, 2, 30)).toBeNull()
  })
  it('adds days across months', () => expect(addDays('2021-03-30', 6)).toBe('2021-04-05'))
  it('knows the weekday, with 日 and 天 both Sunday', () => {
    expect(weekdayOf('2025-06-13')).toBe('星期五')
    expect(sameWeekday('星期天', '2025-06-15')).toBe(true)
  })
  it('gives the lunar date as mastheads print it', () => expect(lunarDateOf('2025-06-13')).toBe('乙巳年五月十八'))
  it('reads the day from the path a mirrored e-paper keeps its pages under', () => {
    expect(dateFromPath('paper.example.cn/html/2016-05/07/content_88.txt')?.value).toBe('2016-05-07')
    expect(dateFromPath('epaper.example.com/pc/con/201907/02/content_5.txt')?.value).toBe('2019-07-02')
    expect(dateFromPath('site/news/202211/09/771.txt')?.value).toBe('2022-11-09')
    expect(dateFromPath('site/html/news/xian/2017/0311/4412.txt')?.value).toBe('2017-03-11')
    expect(dateFromPath('archive/20200618/page3.txt')?.value).toBe('2020-06-18')
    expect(dateFromPath('2023-02-14.md')?.value).toBe('2023-02-14')
    expect(dateFromPath('mirror/nw.D110000xbrb_20190702_1-03.txt')?.value).toBe('2019-07-02')
  })
  it('finds no date in article numbers or days that do not exist', () => {
    expect(dateFromPath('site/content_20210330.txt')).toBeNull()
    expect(dateFromPath('html/2021-02/30/a.txt')).toBeNull()
    expect(dateFromPath('001_a9866df5d050a74f.txt')).toBeNull()
  })
})

describe('dates in the paths mirrors keep', () => {
  it("reads a government CMS page name and a day's folder under its year", () => {
    expect(dateFromPath('site/html/202106/t20210615_123456.shtml')?.value).toBe('2021-06-15')
    expect(dateFromPath('x/2021/news_0615/1.html')?.value).toBe('2021-06-15')
  })

  it('prefers the fuller date of a path over a section named like a year', () => {
    expect(dateFromPath('x/2019/202106/15/a.html')?.value).toBe('2021-06-15')
  })
})

describe('a month or a year a path carries without a day', () => {
  it('reads the nearest month folder, else a year folder', () => {
    expect(periodFromPath('news/202106/t123456.html')).toEqual({ year: 2021, month: 6, text: '202106' })
    expect(periodFromPath('html/2021-06/a.html')).toEqual({ year: 2021, month: 6, text: '2021-06' })
    expect(periodFromPath('news/2018/a.html')).toEqual({ year: 2018, month: null, text: '2018' })
    expect(periodFromPath('news/content_202106.html')).toBeNull()
  })
})

describe('a day printed without its month or year', () => {
  it('is the latest such day not after the page', () => {
    expect(dayNear('2024-03-15', 13)).toBe('2024-03-13')
    expect(dayNear('2024-03-02', 28)).toBe('2024-02-28')
    expect(dayNear('2024-01-02', 30)).toBe('2023-12-30')
    expect(dayNear('2024-01-05', 20, 12)).toBe('2023-12-20')
    expect(dayNear('2024-03-02', 31, 2)).toBeNull()
  })
})
