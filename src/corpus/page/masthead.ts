// Stage: find the masthead (publisher, date, weekday, lunar date, issue number, page count, hotline, slogans)
// or a running page header (05要闻·莲都) at the top of a page, and take those lines out of the article flow.
import type { Reporter } from '../lib/diagnostics'
import { isoDate, lunarDateOf, sameWeekday } from '../lib/dates'
import type { ISODate, Masthead, PageBlock } from '../../shared/corpus-schema'
import type { NormalLine } from './normalize-text'

export interface MastheadResult {
  masthead: Masthead | null
  date: { value: ISODate; evidence: string[] } | null
  /** the place the masthead names: 中共平阳县委机关报 → 平阳县; a page header 要闻·莲都 → 莲都 */
  placeHint: string | null
  page: number | null
  section: string | null
  /** the paper's name printed over the page header (莲都区报) */
  paper: string | null
  blocks: PageBlock[]
  /** the lines left for articles */
  lines: NormalLine[]
}

const PUBLISHER = /^中共(\S{2,12}?[县区市旗])委(?:员会)?机关报$/
const ANCHORS: RegExp[] = [
  PUBLISHER,
  /(融媒体中心|报社|新闻中心)主办$/,
  /总第\s*\d+\s*期/,
  /(今日|本期)\s*\d+\s*版/,
  /^农历\S+$/,
  /^(新闻热线|热线电话|新闻线索|广告热线)[:：]/,
  /^\d{4}年\d{1,2}月(\d{1,2}日)?\s*(星期[一二三四五六日天])?$/,
  /^(国内统一连续出版物号|CN\s*\d{2}-\d{4})/,
]
const WEEKDAY = /^星期[一二三四五六日天]$/
const DAY_ONLY = /^\d{1,2}$/
const PAGE_HEADER = /^(?:第\s*)?0?(\d{1,2})\s*版?\s*([\u4e00-\u9fff·]{2,12})$/
const SECTION_NAME = /·|^(要闻|综合|新闻|时政|经济|社会|文化|副刊|专版|专题|民生|理论|教育|法治|体育|旅游|乡镇|县域|城事|视点|广告)/
const SHORT = 16

export function readMasthead(lines: NormalLine[], report: Reporter): MastheadResult {
  const content = lines.filter((l) => l.text)
  const header = readPageHeader(content)
  const headerLines = header ? [header.paper, header.line].filter((l): l is NormalLine => !!l) : []
  const rest = lines.filter((l) => !headerLines.includes(l))
  const empty: MastheadResult = {
    masthead: null, date: null, placeHint: header?.section.split('·').pop() ?? null,
    page: header?.page ?? null, section: header?.section ?? null, paper: header?.paper?.text ?? null,
    blocks: header ? [{ kind: 'page-header', lines: [headerLines[0]!.no, header.line.no], text: headerLines.map((l) => l.raw.trim()) }] : [],
    lines: rest,
  }
  // The masthead is a run of short lines at the top of the page that holds at least two masthead anchors.
  const top: NormalLine[] = []
  for (const l of rest) {
    if (!l.text) continue
    const anchor = ANCHORS.some((re) => re.test(l.text))
    if (!anchor && (l.text.length > SHORT || /[。！？]$/.test(l.text))) break
    top.push(l)
  }
  const lastAnchor = top.findLastIndex((l) => ANCHORS.some((re) => re.test(l.text)))
  const anchors = top.filter((l) => ANCHORS.some((re) => re.test(l.text)))
  if (anchors.length < 2) return empty
  // Short lines just after the last anchor still belong to it (the day under 星期五); stop at the first other line.
  let end = lastAnchor
  while (end + 1 < top.length && (WEEKDAY.test(top[end + 1]!.text) || DAY_ONLY.test(top[end + 1]!.text))) end++
  const block = top.slice(0, end + 1)
  const used = new Set(block.map((l) => l.no))
  const texts = block.map((l) => l.text)
  const masthead: Masthead = {
    publisher: texts.find((t) => PUBLISHER.test(t)) ?? null,
    issueNumber: numberIn(texts, /总第\s*(\d+)\s*期/),
    pages: numberIn(texts, /(?:今日|本期)\s*(\d+)\s*版/),
    weekday: texts.join(' ').match(/星期[一二三四五六日天]/)?.[0] ?? null,
    lunarDate: texts.find((t) => t.startsWith('农历'))?.slice(2) ?? null,
    hotline: texts.find((t) => /热线|线索/.test(t))?.replace(/^\S+?[:：]\s*/, '') ?? null,
  }
  const publisher = masthead.publisher?.match(PUBLISHER)
  return {
    ...empty,
    masthead,
    date: readMastheadDate(block, masthead, report),
    placeHint: publisher?.[1] ?? empty.placeHint,
    blocks: [...empty.blocks, { kind: 'masthead', lines: [block[0]!.no, block.at(-1)!.no], text: block.map((l) => l.raw.trim()) }],
    lines: rest.filter((l) => !used.has(l.no)),
  }
}

/** A paper's name alone on the top line, over its page header (莲都区报 / 05要闻·莲都): as a PDF's page prints it. */
const PAPER_NAME = /^(?:[\u4e00-\u9fff]{2,10}(?:日报|晚报|时报|周报|报)|今日[\u4e00-\u9fff]{2,4})$/

function readPageHeader(content: NormalLine[]) {
  const named = content.length > 1 && PAPER_NAME.test(content[0]!.text)
  const first = content[named ? 1 : 0]
  const m = first?.text.match(PAGE_HEADER)
  if (!first || !m || !SECTION_NAME.test(m[2]!)) return null
  return { line: first, page: Number(m[1]), section: m[2]!, paper: named ? content[0]! : null }
}

function numberIn(texts: string[], re: RegExp): number | null {
  for (const t of texts) {
    const m = t.match(re)
    if (m) return Number(m[1])
  }
  return null
}

/** 2025年6月 / 星期五 / 13, or 2025年6月13日 星期五; checked against the printed weekday and lunar date. */
function readMastheadDate(block: NormalLine[], masthead: Masthead, report: Reporter) {
  const i = block.findIndex((l) => /^\d{4}年\d{1,2}月/.test(l.text))
  if (i < 0) return null
  const line = block[i]!
  const m = line.text.match(/^(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?/)!
  const evidence = [line.text]
  let day = m[3] ? Number(m[3]) : null
  if (day == null) {
    const dayLine = block.slice(i + 1).find((l) => DAY_ONLY.test(l.text))
    if (dayLine) {
      day = Number(dayLine.text)
      evidence.push(dayLine.text)
    }
  }
  if (day == null) return null
  const value = isoDate(Number(m[1]), Number(m[2]), day)
  if (!value) {
    report.warn('masthead/date', `the masthead date ${m[1]}-${m[2]}-${day} does not exist`, line.no)
    return null
  }
  if (masthead.weekday) {
    evidence.push(masthead.weekday)
    if (!sameWeekday(masthead.weekday, value)) report.warn('masthead/weekday', `the masthead says ${masthead.weekday} but ${value} is not`, line.no)
  }
  if (masthead.lunarDate) {
    evidence.push(`农历${masthead.lunarDate}`)
    const lunar = lunarDateOf(value)
    if (lunar !== masthead.lunarDate) report.warn('masthead/lunar', `the masthead's lunar date 农历${masthead.lunarDate} is not that of ${value} (${lunar})`, line.no)
  }
  return { value, evidence }
}
