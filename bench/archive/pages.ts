// Page texts in the three layouts the builder reads, each paper printing its own way as real archives do:
// plain paragraphs under a masthead (page 1) or an e-paper header (inner pages); narrow PDF columns with the
// headlines after the bodies under a running page header; markdown with YAML front matter. The path names the
// day the way a mirror of the paper's site does.
import type { GeneratedArticle } from './articles'
import type { County } from './county'
import type { Rng } from './random'

export type Layout = 'plain' | 'columns' | 'markdown'

const WEEKDAYS = '日一二三四五六'
const SECTIONS = ['要闻', '综合', '乡镇', '民生', '经济', '文化', '专版', '副刊']
const pad = (n: number) => String(n).padStart(2, '0')

function wrap(text: string, width: number): string[] {
  const out: string[] = []
  for (let i = 0; i < text.length; i += width) out.push(text.slice(i, i + width))
  return out
}

export interface PageSpec {
  county: County
  layout: Layout
  day: string
  page: number
  pages: number
  articles: GeneratedArticle[]
}

export function pagePath({ county, layout, day, page }: PageSpec): string {
  const [y, m, d] = day.split('-')
  if (layout === 'plain') return `${county.pinyin}/${y}/${m}/${d}/${pad(page)}.txt`
  if (layout === 'columns') return `${county.pinyin}/${y}${m}${d}/page_${pad(page)}.txt`
  return `${county.pinyin}/${y}-${m}/${d}/${pad(page)}.md`
}

export function pageText(spec: PageSpec, r: Rng): string {
  if (spec.layout === 'plain') return plain(spec)
  if (spec.layout === 'columns') return columns(spec, r)
  return markdown(spec)
}

function plain({ county, day, page, pages, articles }: PageSpec): string {
  const date = new Date(`${day}T00:00:00Z`)
  const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]
  const head = page === 1
    ? [`中共${county.name}委机关报`, `${county.name}融媒体中心主办`, `${y}年${m}月${d}日 星期${WEEKDAYS[date.getUTCDay()]}`, `今日${pages}版 总第${county.issueNo}期`, '']
    : [`${county.paper} 数字报纸`, `第${pad(page)}版：${SECTIONS[(page - 1) % SECTIONS.length]}`, '']
  const body = articles.flatMap((a) => [
    a.headline, '',
    ...(a.reporter ? [`本报讯（记者 ${a.reporter}）${a.paragraphs[0]}`, ...a.paragraphs.slice(1)] : a.paragraphs).flatMap((p) => [p, '']),
  ])
  return [...head, ...body].join('\n')
}

function columns({ county, page, articles }: PageSpec, r: Rng): string {
  const lines = [` ${pad(page)}${SECTIONS[(page - 1) % SECTIONS.length]}·${county.short}`, '']
  const heads: string[] = []
  for (const a of articles) {
    const width = r.int(18, 23)
    if (a.reporter) lines.push(`□ 记者 ${a.reporter}`, '')
    a.paragraphs.forEach((p, i) => lines.push(...wrap(i === 0 && a.reporter ? `本报讯 ${p}` : p, width), ''))
    heads.push(a.headline)
  }
  lines.push(...heads.flatMap((h) => [h, '']))
  return lines.join('\n')
}

function markdown({ county, day, page, articles }: PageSpec): string {
  const front = ['---', `paper: ${county.paper}`, `place: ${county.name}`, `date: ${day}`, `page: ${page}`, `section: ${SECTIONS[(page - 1) % SECTIONS.length]}`, '---', '']
  const body = articles.flatMap((a) => [`# ${a.headline}`, '', ...(a.reporter ? [`本报记者 ${a.reporter}`, ''] : []), ...a.paragraphs.flatMap((p) => [p, ''])])
  return [...front, ...body].join('\n')
}
