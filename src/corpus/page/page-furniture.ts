// Stage: the furniture of e-paper and news-site copies — 版次 lines (第03版：要闻, 00004版:区两会特别报道), issue
// numbers (总第1234期), navigation (上一版 下一版 版面导航), "数字报纸" headers, date lines, record footers that
// repeat headline, page and date, and CMS fields (刊发日期：… 作者：… 编辑：…). They tell page, section, date and
// credits, and are never headlines or paragraphs: they leave the article flow as blocks of their own.
import { isoDate } from '../lib/dates'
import { parseNumber } from '../lib/chinese-numerals'
import { foldWidth } from '../lib/width'
import { looksLikeName } from '../lexicon/surnames'
import { parseBylineText } from './bylines'
import type { ISODate, PageBlock } from '../../shared/corpus-schema'
import type { NormalLine } from './normalize-text'
import type { ArticleDraft } from './article-draft'

export interface PageCredits {
  /** 作者：… — the article's writers where it prints no byline of its own */
  authors: string[]
  /** 编辑：… 责任编辑：… 监制：… — people of the page, not its writers */
  editors: string[]
  /** 摄影：… 摄像：… — the photographers of an article crediting none */
  photographers?: string[]
}

export interface FurnitureResult {
  lines: NormalLine[]
  blocks: PageBlock[]
  page: number | null
  section: string | null
  issueNumber: number | null
  /** the paper's name from an e-paper header (今日定海 数字报纸) */
  paper: string | null
  /** a full date the page prints as its own (a date line, a record footer, a CMS date field) */
  date: { value: ISODate; evidence: string[] } | null
  /** a year printed on a line of its own: the current year where the text gives no other */
  year: number | null
  credits: PageCredits
}

const PAGE_LINE = /^(?:第\s*)?(?:[A-Za-z]?0*(\d{1,3})|(?<=第\s*)([一二三四五六七八九十]{1,3}))\s*版\s*[:：]?\s*([\u4e00-\u9fff·“”\s]{0,20})$/
const ISSUE_NO = /总?第\s*(\d{1,6})\s*期|(?<![\d.])(\d{1,6})\s*期(?=\s*[/／|]?\s*第\s*\d{1,3}\s*版)/
/** An e-paper's issue line opens with the page label and the section: 第一版：要闻版总第…, A1：清徐*要闻总第…, 2:要闻总第… */
const ISSUE_LINE_PAGE = /^(?:第\s*)?(?:[A-Za-z]?0*(\d{1,3})|([一二三四五六七八九十]{1,3}))\s*版?\s*[:：]\s*([^\s:：]{1,12}?)\s*总?第\s*\d/
const NAV_WORDS = new Set(['上一版', '下一版', '上一期', '下一期', '上一篇', '下一篇', '版面导航', '标题导航', '返回目录', '返回首页', '返回', '首页', '目录', 'PDF', 'PDF下载', '下载PDF', '往期回顾', '往期', '放大', '缩小', '打印', '关闭', '关闭窗口', '打印本页', '字号', '大', '中', '小', '默认', '分享到', '收藏', '版面', '本版', '前一版', '后一版'])
const EPAPER_HEAD = /^([\u4e00-\u9fff]{2,12})\s*(?:数字报纸|数字报|电子报|电子版|数字版|数字报刊)$/
const FULL_DATE = /((?:19|20)\d{2})\s*(?:[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日)/g
const DATE_LINE = /^(?:(?:出版|刊发|发布)?日期[:：]?\s*)?((?:19|20)\d{2})\s*(?:[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日)\s*(?:星期[一二三四五六日天]|周[一二三四五六日天])?$/
const YEAR_LINE = /^((?:19|20)\d{2})\s*年?$/
/** CMS fields: a name, a colon, a value up to the next field. Bare 时间/地点 are left alone: notices print them. */
const CMS_FIELD = /(信息来源|文章来源|稿件来源|发布者|发布人|发布单位|供稿单位|供稿|点击量|访问量|刊发日期|发布日期|发布时间|发表时间|更新时间|出版日期|日期|时间|来源|记者|撰稿|摄影|摄像|总监制|监制|出品人|制片人|策划|统筹|作者|文字|撰稿|本版编辑|编辑|责任编辑|本版责编|责编|值班编辑|美编|审核|审校|校对|浏览次数|点击数|点击|阅读次数|字号)\s*[:：]/g
/** 责任编辑 张三, 本版责编 李四: a page's editors printed without a colon */
const EDITOR_LINE = /^(?:本版)?(?:责任编辑|责编|编辑|美编|校对|审核)\s+((?:[\u4e00-\u9fff]{2,3}\s*)+)$/
const SENTENCE_MARK = /[，。；！？]/
const SHORT_LINE = 60
/** What every navigation line holds one of, and every CMS line starts with: a cheap test before the full one. */
const NAV_HINT = /上一|下一|前一|后一|导航|目录|返回|PDF|首页|打印|关闭|字号|分享|收藏|版面|本版|放大|缩小|往期|默认|[大中小]/
const CMS_START = /^[\u4e00-\u9fff]{2,6}\s*[:：]/
/** Web chrome of a news site's article page: breadcrumbs, tool bars, links to other articles, share prompts. */
const BREADCRUMB = /^(?:首页|网站首页|当前位置[:：]?|您的位置[:：]?|您现在的位置[:：]?)\s*(?:[>›»/]\s*[^>›»/]{1,16}\s*)+$/
const TOOL_BAR = /^(?:【[^】]{1,16}】\s*)+$/
const TOOL = /^(?:(?:字体|字号)[:：]?[\s大中小]*|打印本页|打印|关闭窗口|关闭|返回顶部|收藏|加入收藏|我要纠错|分享)$/
const OTHER_ARTICLE = /^(?:上一篇|下一篇|上一条|下一条|上一页|下一页)\s*[:：]/
const LIST_HEAD = /^(?:相关新闻|相关阅读|相关链接|相关文章|推荐阅读|热点新闻|最新新闻|延伸阅读|热门文章)\s*[:：]?$/
const LIST_ITEM = /^[·•]\s*\S.*|.*\[(?:详细|更多|查看)\]\s*$/
const SITE_PROMPT = /^(?:扫一扫|扫码|分享到|在手机打开|手机扫描|微信扫一扫|返回顶部)/

export function readPageFurniture(lines: NormalLine[]): FurnitureResult {
  const result: FurnitureResult = {
    lines: [], blocks: [], page: null, section: null, issueNumber: null, paper: null, date: null, year: null,
    credits: { authors: [], editors: [] },
  }
  const content = lines.filter((l) => l.text)
  const top = new Set(content.slice(0, 6).map((l) => l.no))
  const bottom = new Set(content.slice(-4).map((l) => l.no))
  let inList = false // inside a site's list of other articles (相关新闻 …)
  let body = false // a sentence has been read: what follows is below the headline
  for (const line of lines) {
    const at: Edge = top.has(line.no) && !body ? 'top' : top.has(line.no) ? 'top-in-body' : bottom.has(line.no) ? 'bottom' : null
    const text = foldWidth(line.text)
    if (line.text && LIST_HEAD.test(text)) inList = true
    else if (line.text && inList && !LIST_ITEM.test(text)) inList = false
    const chrome = !!line.text && (inList || isWebChrome(text))
    if (!line.text || (!chrome && !readLine(text, line.raw.trim(), at, result))) {
      result.lines.push(line)
      if (/[。！？]/.test(line.text)) body = true
      continue
    }
    result.blocks.push({ kind: 'furniture', lines: [line.no, line.no], text: [line.raw.trim()] })
  }
  return result
}

/** 'top-in-body': among the first lines, but after a sentence (a notice's 时间：… is no CMS field) */
type Edge = 'top' | 'top-in-body' | 'bottom' | null

/**
 * Reads one line into the result; false when it is not furniture. A date or a year alone on a line is
 * furniture only at the top of the page: lower down it signs a notice (平阳县人民代表大会常务委员会 / 2025年1月9日).
 */
function readLine(printed: string, raw: string, edge: Edge, into: FurnitureResult): boolean {
  const atEdge = edge !== null
  // a field or a date in brackets ([2019-05-14], 【发布时间：…】) is read as without them
  const text = printed.replace(/^[【[]\s*([^【】[\]]+?)\s*[】\]]$/, '$1')
  // furniture is short, or a record line at an edge, or a CMS line: running text is none of these (and most
  // lines of a page are running text, so they leave here)
  if (text.length > SHORT_LINE && !atEdge && !/^[\u4e00-\u9fff]{2,6}\s*[:：]/.test(text)) return false
  const page = text.match(PAGE_LINE)
  if (page && (/版\s*[:：]/.test(text) || atEdge)) {
    into.page ??= page[1] ? Number(page[1]) : parseNumber(page[2]!)
    const section = page[3]!.trim()
    if (section) into.section ??= section
    return true
  }
  const head = text.match(EPAPER_HEAD)
  if (head) {
    into.paper ??= head[1]!
    return true
  }
  const atTop = edge === 'top' || edge === 'top-in-body'
  if (atTop && DATE_LINE.test(text)) return takeDate(text, into, 'date line')
  const year = text.match(YEAR_LINE)
  if (year && (edge === 'top' || edge === 'top-in-body')) {
    into.year ??= Number(year[1])
    return true
  }
  if (isNavigation(text)) return true
  const editors = text.match(EDITOR_LINE)
  if (editors && namesIn(editors[1]!).length) {
    into.credits.editors.push(...namesIn(editors[1]!))
    return true
  }
  if (readCms(text, into, edge)) return true
  // 总第1234期>2019-11-08, 第3版 总第1234期: numbers, dates and navigation with nothing else
  const issueNo = text.match(ISSUE_NO)
  if (issueNo && leftover(text).length <= 12) {
    into.issueNumber ??= Number(issueNo[1] ?? issueNo[2])
    const label = text.match(ISSUE_LINE_PAGE)
    if (label) {
      into.page ??= label[1] ? Number(label[1]) : parseNumber(label[2]!)
      into.section ??= label[3]!
    }
    takeDate(text, into, 'issue line')
    return true
  }
  const paperBeside = atTop ? datedHead(text) : null
  if (paperBeside !== null) {
    if (/^[\u4e00-\u9fff]{2,10}报$/.test(paperBeside)) into.paper ??= paperBeside
    return takeDate(text, into, 'date line')
  }
  // A record footer: the paper, section, page, headline and date on one line with no sentence in it.
  // (Read from the raw line: normalising took the spaces around its numbers.)
  if (atEdge && !SENTENCE_MARK.test(text) && raw.split(/\s+/).length >= 4 && firstDate(text)) {
    takeDate(text, into, 'page record')
    const pageNo = raw.match(/(?:^|\s)0{1,4}(\d{1,3})(?=\s)/)
    if (pageNo) into.page ??= Number(pageNo[1])
    return true
  }
  return false
}

/** A line of a news site's page around the article: never the article's text. */
function isWebChrome(text: string): boolean {
  if (text.length > SHORT_LINE && !text.endsWith(']')) return false
  if (BREADCRUMB.test(text) || OTHER_ARTICLE.test(text) || SITE_PROMPT.test(text)) return true
  if (/\[(?:详细|更多|查看)\]\s*$/.test(text)) return true
  return TOOL_BAR.test(text) && [...text.matchAll(/【([^】]+)】/g)].every((m) => TOOL.test(m[1]!.trim()))
}

function isNavigation(text: string): boolean {
  if (text.length > 40 || !NAV_HINT.test(text)) return false
  const tokens = text.split(/[\s|>›»<‹«/·]+/).filter(Boolean)
  return tokens.length > 0 && tokens.every((t) => NAV_WORDS.has(t.replace(/[【】[\]：:]/g, '')))
}

/** 刊发日期：2019-11-08 作者：张三 李四 — each field read, the line kept whole as furniture. */
/** 2021年06月15日 09:30 来源：某某县人民政府 — a news site's line of day and source. */
const DATED_CMS_LINE = /^((?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}))\s*(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*(?=(?:来源|作者|编辑|浏览次数|点击数|阅读次数)\s*[:：])/

function readCms(text: string, into: FurnitureResult, edge: Edge): boolean {
  const dated = text.match(DATED_CMS_LINE)
  if (dated) {
    takeDate(dated[1]!, into, text)
    readCms(text.slice(dated[0].length), into, edge)
    return true
  }
  if (!CMS_START.test(text)) return false
  const fields = [...text.matchAll(CMS_FIELD)]
  if (!fields.length || fields[0]!.index !== 0) return false
  // a bare 时间：/日期： is the copy's own only at the top, under the headline; lower down it is a notice's (时间：… 地点：…)
  if (/^(?:时间|日期)$/.test(fields[0]![1]!) && edge !== 'top') return false
  const values = fields.map((f, i) => ({ key: f[1]!, value: text.slice(f.index + f[0].length, fields[i + 1]?.index ?? text.length).trim() }))
  // 记者：… opens an interview's question as often as a credit: a credit names people and nothing else
  if (values.some(({ key, value }) => CREDIT_KEY.test(key) && !onlyNames(value))) return false
  values.forEach(({ key, value }) => {
    if (/日期|时间/.test(key)) takeDate(value, into, `${key}：${value}`)
    // 来源：某某融媒 2021年6月15日 10:30 — the source line of a news site carries the day of the copy
    else if (/来源$/.test(key)) {
      if (firstDate(value)) takeDate(value, into, `${key}：${value}`)
      into.paper ??= localMedia(value)
    }
    else if (/作者|文字|撰稿|记者/.test(key)) into.credits.authors.push(...(parseBylineText(value)?.byline.reporters ?? authorsIn(value)))
    else if (/摄影|摄像/.test(key)) (into.credits.photographers ??= []).push(...namesIn(value))
    else if (/编辑|责编|美编|审核|审校|校对|监制|出品人|制片人|策划|统筹/.test(key)) into.credits.editors.push(...namesIn(value))
  })
  return true
}

/**
 * The county's own media a 来源 field names (某某融媒, 某某县融媒体中心, 今日某某, 某某发布): the paper's name, so its
 * county is the page's. A wire or a higher paper (新华社, 某某日报) is no paper of the county.
 */
const LOCAL_MEDIA = /^(?:今日[\u4e00-\u9fff]{1,6}|[\u4e00-\u9fff]{2,8}(?:融媒|融媒体中心|新闻中心|广播电视台|发布|新闻网))$/
function localMedia(value: string): string | null {
  const name = value.replace(FULL_DATE, '').replace(/\d{1,2}[:：]\d{2}(?:[:：]\d{2})?/g, '').trim().split(/\s+/)[0] ?? ''
  return LOCAL_MEDIA.test(name) ? name : null
}

/** The credits of people (a writer, a photographer, a producer): their value is names only. */
const CREDIT_KEY = /^(?:记者|撰稿|摄影|摄像|总监制|监制|出品人|制片人|策划|统筹)$/
const onlyNames = (value: string) => value.length <= 24 && value.split(/[\s、，,/|]+/).filter(Boolean).every((n) => looksLikeName(n))

const namesIn = (value: string) => value.split(/[\s、，,/|]+/).filter((n) => looksLikeName(n))

/**
 * The writers a CMS 作者 field names: names, and pen names (小杰) — not a site account in Latin letters nor an
 * office (县委党史办).
 */
const authorsIn = (value: string) =>
  value.split(/[\s、，,/|]+/).filter((n) => looksLikeName(n) || (/^[\u4e00-\u9fff]{2,4}$/.test(n) && !/[部委局办会院处科所厅室组队省市县区镇乡村街党政府司社团站台网报心]/.test(n)))

function firstDate(text: string): ISODate | null {
  for (const m of text.matchAll(FULL_DATE)) {
    const value = isoDate(Number(m[1]), Number(m[2] ?? m[4]), Number(m[3] ?? m[5]))
    if (value) return value
  }
  return null
}

function takeDate(text: string, into: FurnitureResult, evidence: string): boolean {
  const value = firstDate(text)
  if (value && !into.date) into.date = { value, evidence: [`${evidence}: ${text.trim()}`.slice(0, 120)] }
  return true
}

/**
 * A head line of the paper's name and day (平阳报 2019年5月14日 第3版, 某某报 2019.05.14, 本期出版：…, a day with
 * its weekday and lunar date): a full date, no sentence, and besides it at most a name that ends as a paper's or a
 * page's does — never a headline that opens with a date (2019年5月14日 县城迎来首场雪). Gives that name (or '').
 */
function datedHead(text: string): string | null {
  if (SENTENCE_MARK.test(text) || !firstDate(text)) return null
  const rest = leftover(text.replace(/[:：]/g, ' '))
  return rest === '' || (rest.length <= 12 && /(?:报|网|版|新闻|融媒|出版|电子版|数字报)$/.test(rest)) ? rest : null
}

/** What a line holds besides issue numbers, dates, 版 numbers, weekdays and navigation. */
function leftover(text: string): string {
  return text
    .replace(new RegExp(ISSUE_NO.source, 'g'), '')
    .replace(FULL_DATE, '')
    .replace(/第?\s*\d{1,3}\s*版|星期[一二三四五六日天]|周[一二三四五六日天]|农历\S+/g, '')
    .split(/[\s|>›»<‹«/·:：]+/)
    .filter((t) => t && !NAV_WORDS.has(t))
    .join('')
}

/** The page's CMS credits on its articles: 作者 as the writers of an article printing none, 编辑 on each. */
export function creditPage(drafts: ArticleDraft[], credits: PageCredits): void {
  for (const d of drafts) {
    if (d.kindHint === 'ad' || d.kindHint === 'teaser') continue
    if (!d.byline.reporters.length && !d.byline.correspondents.length) d.byline.reporters.push(...credits.authors)
    if (!d.byline.photographers.length && credits.photographers?.length) d.byline.photographers.push(...credits.photographers)
    if (credits.editors.length) d.byline.editors = [...credits.editors]
  }
}
