// Saved e-paper article pages as input, built by the CLI: one in a Founder (方正) e-paper's shape (enpproperty
// fields, founder-content), one a CMS page in GB2312 with navigation, a share bar and a pager around it. Invented text.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { build, folderOf } from '../reliability/run-builder.test-utils'
import { epaperPageText } from './epaper-html'

const fixture = (name: string) => readFileSync(new URL(`../__fixtures__/epaper-html/${name}`, import.meta.url))

describe('a saved e-paper article page', () => {
  const run = build(folderOf({
    'html/2024-09/12/content_2041.htm': fixture('founder-content_2041.htm'),
    'html/jinri-songyang-2024-11-06-88.html': fixture('jinri-songyang-2024-11-06-88.html'),
    'txt/p1.txt': '县里召开会议\n\n\u3000\u3000本报讯 3月1日，县里召开会议。\n',
  }))
  const issueOf = (source: string) => run.issues.find((i) => i.source === source)
  const articlesOf = (source: string) => run.articles.filter((a) => a.issueId === issueOf(source)?.id)

  it('takes the fields its e-paper system marks: 引题, headline, 副题, author, date and page name', () => {
    expect(issueOf('html/2024-09/12/content_2041.htm')).toMatchObject({ date: { value: '2024-09-12' }, section: '第01版：要闻' })
    const [a] = articlesOf('html/2024-09/12/content_2041.htm')
    expect(a).toMatchObject({ kicker: '审议通过多项决定', headline: '县人大常委会召开第十五次会议', subheadline: '郑方平主持', byline: { reporters: ['叶清源'], correspondents: ['周雅琴'] } })
    expect(a!.paragraphs).toEqual([
      '9月11日，县十八届人大常委会召开第十五次会议。县人大常委会主任郑方平主持会议，副主任吴启明、陈立新出席。',
      '会议听取和审议了县人民政府关于全县农田水利建设情况的报告，审议通过了有关人事任免事项。',
      '会议决定任命林海为县人民政府副县长。',
    ])
  })

  it('reads a page that marks no fields from its heading, its CMS line and its body, without the chrome around them', () => {
    const [a] = articlesOf('html/jinri-songyang-2024-11-06-88.html')
    expect(issueOf('html/jinri-songyang-2024-11-06-88.html')?.date.value).toBe('2024-11-06')
    expect(a).toMatchObject({ headline: '城北社区开展敬老志愿服务', byline: { reporters: ['杨小溪'] } })
    expect(a!.paragraphs).toHaveLength(2)
    const all = JSON.stringify(run.articles)
    for (const chrome of ['首页', '分享到', '上一篇', '主办：', '当前位置']) expect(all).not.toContain(chrome)
  })

  it('builds with page texts in one corpus', () => {
    expect(run.status, run.stderr).toBe(0)
    expect(run.issues).toHaveLength(3)
  })

  it('reads a page\'s declared charset (GB2312) and keeps data as text: markup in a field is no markup', () => {
    const text = epaperPageText(new TextEncoder().encode('<html><head><meta charset="utf-8"></head><body><!--enpproperty <title>&lt;b&gt;标题</title>/enpproperty--><founder-content><p>正文<script>alert(1)</script>一段。</p></founder-content></body></html>'))
    expect(text).toContain('# &lt;b&gt;标题')
    expect(text).not.toContain('alert')
  })

})

describe('saved e-paper article pages of one printed page', () => {
  // three articles of 第02版 and one of 第03版, saved from one day's folder: content_9 comes before content_10
  const founder = fixture('founder-content_2041.htm').toString('utf8')
  const article = (title: string, body: string, page = '第02版：综合') =>
    founder.replace(/<title>[^<]*<\/title><keyword>/, `<title>${title}</title><keyword>`).replace(/<introtitle>[^<]*<\/introtitle>/, '<introtitle></introtitle>').replace(/<subtitle>[^<]*<\/subtitle>/, '<subtitle></subtitle>')
      .replace(/<nodename>[^<]*<\/nodename>/, `<nodename>${page}</nodename>`).replace(/<founder-title>[^<]*<\/founder-title>/, `<founder-title>${title}</founder-title>`)
      .replace(/<!--enpcontent-->[\s\S]*<!--\/enpcontent-->/, `<!--enpcontent--><p>${body}</p><!--/enpcontent-->`)
  const run = build(folderOf({
    'html/2024-09/12/content_10.htm': article('城北社区开展敬老服务', '9月10日，城北社区开展敬老志愿服务。'),
    'html/2024-09/12/content_9.htm': article('古市镇完成秋粮收购', '9月11日，古市镇完成秋粮收购任务。'),
    'html/2024-09/12/content_11.htm': article('县图书馆延长开放时间', '即日起，县图书馆每晚开放至九点。'),
    'html/2024-09/12/content_12.htm': article('全县开展消防演练', '9月11日，全县开展消防演练。', '第03版：社会'),
  }))

  it('are one page of the archive, its articles in the order the e-paper lists them', () => {
    expect(run.status, run.stderr).toBe(0)
    expect(run.issues.map((i) => [i.source, i.page, i.date.value]).sort()).toEqual([
      ['html/2024-09/12/content_12.htm', 3, '2024-09-12'],
      ['html/2024-09/12/第02版：综合', 2, '2024-09-12'],
    ])
    const page = run.issues.find((i) => i.source.endsWith('第02版：综合'))!
    expect(run.articles.filter((a) => a.issueId === page.id).map((a) => a.headline)).toEqual(['古市镇完成秋粮收购', '城北社区开展敬老服务', '县图书馆延长开放时间'])
  })

  it('keep the saved page each article came from', () => {
    const page = run.issues.find((i) => i.source.endsWith('第02版：综合'))!
    expect(page.parts!.map((p) => p.file)).toEqual(['html/2024-09/12/content_9.htm', 'html/2024-09/12/content_10.htm', 'html/2024-09/12/content_11.htm'])
    expect(run.articles.filter((a) => a.issueId === page.id).map((a) => a.source.part)).toEqual(page.parts!.map((p) => p.file))
  })
})
