// The builder on pages of our own in each e-paper and news-site form (invented names, real counties), stored
// the way a mirror of the site keeps them: the date is in the folder path or the page's own record line.
import { describe, expect, it } from 'vitest'
import { buildInMemory } from './io/build-in-memory'
import { readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { Article, Issue } from '../shared/corpus-schema'

const root = new URL('./__fixtures__/epaper', import.meta.url).pathname
const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]))
const { corpus, diagnostics, unplaced } = await buildInMemory(files(root).map((f) => ({ path: relative(root, f), bytes: readFileSync(f) })))
const page = (host: string) => corpus.issues.find((i) => i.source.startsWith(host))!
const articlesOf = (issue: Issue): Article[] => issue.articleIds.map((id) => corpus.articles.find((a) => a.id === id)!)
const person = (name: string) => corpus.people.find((p) => p.name === name)
const roles = (name: string) => person(name)?.roles.map((r) => `${r.place}${r.title}`).sort()

describe('e-paper and news-site pages', () => {
  it('places every line and reports nothing unexpected', () => {
    expect(unplaced).toEqual([])
    expect(diagnostics.filter((d) => d.fatal)).toEqual([])
  })

  it('dates a page by its record footer, or by the path of its address', () => {
    expect(page('paper.yunhe').date).toMatchObject({ value: '2016-05-07', basis: 'masthead' })
    expect(page('epaper.jinyun').date).toMatchObject({ value: '2019-07-02', basis: 'metadata', evidence: ['file path: 201907/02'] })
    expect(page('news.yiwu').date.value).toBe('2022-11-09')
    expect(page('www.lucheng').date.value).toBe('2022-03-08')
  })

  it('reads page, section and paper from the e-paper furniture, which is no part of the article', () => {
    const yunhe = page('paper.yunhe')
    expect(yunhe).toMatchObject({ page: 2, section: '要闻', paper: '今日云和', place: '云和县' })
    const [a] = articlesOf(yunhe)
    expect(a!.paragraphs.join('')).not.toMatch(/今日云和|00002/)
    expect(yunhe.blocks.filter((b) => b.kind === 'furniture').map((b) => b.lines[0])).toEqual([1, 4, 13])
  })

  it('splits two briefs of a GB18030 page, each closed by its own glued or separate byline', () => {
    expect(articlesOf(page('epaper.jinyun')).map((a) => [a.kind, a.headline, a.byline.reporters])).toEqual([
      ['news', null, ['应晓燕']], ['news', null, ['章俊']],
    ])
  })

  it('reads a half-width news-site copy: headline, media-centre byline, visiting and host officials', () => {
    const [a] = articlesOf(page('news.yiwu'))
    expect(a).toMatchObject({ kind: 'news', headline: '金华市人大常委会委员、法工委主任蒋文杰一行来义乌调研立法工作', byline: { reporters: ['吴佳'], correspondents: ['朱海'] } })
    expect(roles('蒋文杰')).toEqual(['金华市市人大常委会委员', '金华市法工委主任'])
    expect(roles('楼晓光')).toEqual(['义乌市市委常委', '义乌市统战部长'])
    expect(roles('陈金花')).toEqual(['义乌市市人大常委会党组副书记', '义乌市总工会主席'])
  })

  it('reads a web copy with a captioned photo, session chairs, leaders and the page editor', () => {
    const lucheng = articlesOf(page('www.lucheng'))
    expect(lucheng.map((a) => [a.kind, a.byline.reporters, a.byline.photographers])).toEqual([['news', ['叶青青'], []], ['photo', [], ['林晓']]])
    for (const n of ['郑国平', '黄志刚', '李文斌', '王海东', '张建平', '刘晓燕', '潘志强', '胡小丽']) expect(roles(n), n).toEqual([])
    expect(['陈志华', '周丽萍', '徐建新'].map(roles)).toEqual([['鹿城区副区长'], ['鹿城区副区长'], ['鹿城区副区长']])
    expect(roles('邵建军')).toEqual(['鹿城区区检察院代理检察长'])
    const held = corpus.meetings.filter((m) => m.name === '温州市鹿城区第十届人民代表大会第二次会议')
    expect(held).toHaveLength(1)
    expect(held[0]).toMatchObject({ date: { value: '2022-03-07' }, chair: ['郑国平'] })
  })

  it('reads the meeting, its chair, the lent organ of 副主任 and an appointment of a news report', () => {
    expect(corpus.meetings.find((m) => m.name === '县十五届人大常委会第三十次会议')).toMatchObject({ date: { value: '2016-05-06' }, chair: ['吴建国'], place: '云和县' })
    expect(roles('孙红梅')).toEqual(['云和县县人大常委会副主任'])
    expect(corpus.appointments).toMatchObject([{ name: '钱明', action: 'appoint', title: '副县长', date: '2016-05-06' }])
    expect(roles('钱明')).toContain('云和县县委常委')
    expect(corpus.meetings.find((m) => m.name.startsWith('农村饮用水'))).toMatchObject({ date: { value: '2019-07-01', basis: 'relative' } })
  })

  it("keeps a news site's chrome out of the article: breadcrumb, tool bars, links to other articles, share prompts", () => {
    const site = page('www.pingyang')
    expect(site).toMatchObject({ place: '平阳县', date: { value: '2023-06-12' } })
    expect(site.blocks.filter((b) => b.kind === 'furniture')).toHaveLength(10)
    const [a] = articlesOf(site)
    expect(a).toMatchObject({ kicker: null, headline: '县委理论学习中心组召开专题学习会', subheadline: null, byline: { reporters: ['钱多多'] } })
    expect(a!.paragraphs).toHaveLength(2)
    expect(corpus.meetings.find((m) => m.articleId === a!.id)).toMatchObject({ name: '县委理论学习中心组专题学习会', chair: ['孟晓斌'], speakers: ['孟晓斌'], attendees: ['陈桂雷', '曾上俊', '陈栋'] })
  })
})
