// Stage: the publication date of a page, with the evidence. Front matter > masthead > a date the page prints as
// its own (date line, record footer, CMS field) > the file's path (a mirrored e-paper address) > content. From
// content: the year the page treats as current, and the latest event it reports (a paper reports yesterday's).
import { parseNumber } from '../lib/chinese-numerals'
import { addDays, isoDate } from '../lib/dates'
import type { ISODate, IssueDate } from '../../shared/corpus-schema'
import { maxOf } from '../lib/collections'
import { yearCues, yearsOfCues } from './year-cues'

/** Words before a date or year that make it a plan or a target, not a fact: 力争到2025年, 选举日定为1月24日. */
const FUTURE_BEFORE = /(到|至|力争|计划|预计|目标|将于|将在|定于|定为|截至|截止|前往|之前|规划)\s*$/
/** Words after a year that make it a target: 2035年远景目标, 2025年前. */
const FUTURE_AFTER = /^\s*(远景|目标|前|底前|以前|左右)/
const SPAN_AFTER = /^\s*(?:\d{1,2}\s*月份?)?\s*(?:至|到|—|－|-|~|～)/
const SPAN_BEFORE = /(?:至|到|—|－|-|~|～)\s*$/

/** Whether an offset lies inside 《…》: the spans found once, so that a page of many years stays linear. */
function bookTitleTest(text: string): (at: number) => boolean {
  const spans: [number, number][] = []
  for (let open = text.indexOf('《'); open >= 0; open = text.indexOf('《', open + 1)) {
    const close = text.indexOf('》', open)
    spans.push([open, close < 0 ? text.length : close])
    if (close < 0) break
    open = close
  }
  let i = 0
  // offsets are asked in increasing order
  return (at) => {
    while (i < spans.length && spans[i]![1] < at) i++
    return i < spans.length && spans[i]![0] < at
  }
}

export interface DateSources {
  metaDate?: string
  masthead: { value: ISODate; evidence: string[] } | null
  /** a full date printed as the page's own outside the masthead: a date line, a record footer, 刊发日期 */
  printed?: { value: ISODate; evidence: string[] } | null
  /** the date of the file's path (dateFromPath) */
  path?: { value: ISODate; text: string } | null
  /** a year printed on a line of its own */
  year?: number | null
  /** a month or year the file's path carries without a day (periodFromPath) */
  pathPeriod?: { year: number; month: number | null; text: string } | null
  text: string
}

export function inferDate(from: DateSources): IssueDate {
  const exact = (value: ISODate, basis: IssueDate['basis'], evidence: string[]): IssueDate => ({ value, earliest: value, latest: value, basis, evidence })
  if (from.metaDate) return exact(from.metaDate, 'metadata', [`front matter date: ${from.metaDate}`])
  if (from.masthead) return exact(from.masthead.value, 'masthead', from.masthead.evidence)
  if (from.printed) return exact(from.printed.value, 'masthead', from.printed.evidence)
  if (from.path) return exact(from.path.value, 'metadata', [`file path: ${from.path.text}`])
  if (from.pathPeriod && !from.year) return withinPathPeriod(from.text, from.pathPeriod)
  return fromContent(from.text, from.year ?? null)
}

/**
 * A page whose path gives its month (or year) but no day: the content's day where it falls in that period, else
 * the period as a range. The page was published then: a reported event after it is not the page's.
 */
function withinPathPeriod(text: string, period: NonNullable<DateSources['pathPeriod']>): IssueDate {
  const first = period.month ? isoDate(period.year, period.month, 1)! : `${period.year}-01-01`
  const last = period.month ? addDays(isoDate(period.month === 12 ? period.year + 1 : period.year, period.month === 12 ? 1 : period.month + 1, 1)!, -1) : `${period.year}-12-31`
  const evidence = `file path: ${period.text}`
  const content = fromContent(text, period.year, [evidence])
  if (content.value && content.value >= first && content.value <= last) {
    return { ...content, latest: content.latest! > last ? last : content.latest, basis: 'metadata', evidence: [evidence, ...content.evidence.slice(1)] }
  }
  return { value: null, earliest: first, latest: last, basis: 'metadata', evidence: [evidence] }
}

interface Mention {
  text: string
  year: number
}

export function fromContent(text: string, yearLine: number | null = null, cueEvidence: string[] | null = null): IssueDate {
  const unknown: IssueDate = { value: null, earliest: null, latest: null, basis: 'unknown', evidence: [] }
  const year = yearLine ? { year: yearLine, evidence: cueEvidence ?? [`year line: ${yearLine}`] } : currentYear(text)
  if (!year) return fromCues(text) ?? unknown
  const events = eventDates(text, year.year)
  if (!events.length) {
    return { value: null, earliest: `${year.year}-01-01`, latest: `${year.year}-12-31`, basis: 'content', evidence: year.evidence }
  }
  const latestEvent = events.reduce((a, b) => (b.date > a.date ? b : a))
  return {
    value: addDays(latestEvent.date, 1),
    earliest: latestEvent.date,
    latest: addDays(latestEvent.date, 6),
    basis: 'content',
    evidence: [...year.evidence, ...new Set(events.map((e) => e.text))],
  }
}

/** A page that prints no year as a fact: the years its content dates by itself (year-cues.ts), as a range. */
function fromCues(text: string): IssueDate | null {
  const years = yearsOfCues(yearCues(text))
  if (!years) return null
  if (years.from === years.to) return fromContent(text, years.from, years.evidence)
  return { value: null, earliest: `${years.from}-01-01`, latest: `${years.to}-12-31`, basis: 'content', evidence: years.evidence }
}

/** The year the page writes as now: the latest year it names as a fact, or the year after one it names as past. */
function currentYear(text: string): { year: number; evidence: string[] } | null {
  const facts: Mention[] = []
  const past: Mention[] = []
  const insideBookTitle = bookTitleTest(text)
  for (const m of text.matchAll(/(过去的|过去一年|仅)?\s*((?:19|20)\d{2}|(?:一九|二〇)[〇零一二三四五六七八九]{2})\s*年(度)?/g)) {
    const y = parseNumber(m[2]!)
    if (!y || y < 1900 || y > 2100) continue
    const before = text.slice(Math.max(0, m.index - 4), m.index)
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12)
    if (FUTURE_BEFORE.test(before) || FUTURE_AFTER.test(after)) continue
    // a period someone reports (2018年1月至10月) or a year in a title (《…（2025年9月至10月）》) is not the page's year
    if (SPAN_AFTER.test(after) || SPAN_BEFORE.test(before) || insideBookTitle(m.index)) continue
    // "过去的2020年", "2019年度" awards, "仅2018年" totals: that year is over
    if (m[1] === '过去的' || m[1] === '仅' || m[3]) past.push({ text: m[0].trim(), year: y + 1 })
    else facts.push({ text: m[0].trim(), year: y })
  }
  const seen = new Set(facts.map((f) => f.text))
  // Chinese-numeral years inside slogans: 奋进二〇一九
  for (const m of text.matchAll(/(?:一九|二〇)[〇零一二三四五六七八九]{2}/g)) {
    const y = parseNumber(m[0])
    if (y && y >= 1900 && y <= 2100 && !seen.has(m[0])) facts.push({ text: m[0], year: y })
  }
  const all = [...facts, ...past]
  if (!all.length) return null
  const year = maxOf(all.map((m) => m.year))
  const evidence = [...new Set(all.filter((m) => m.year === year).map((m) => m.text))].slice(0, 4)
  return { year, evidence }
}

/** Dates of reported events in the current year: M月D日, with or without the year, that are not plans. */
function eventDates(text: string, year: number): { date: ISODate; text: string }[] {
  const out: { date: ISODate; text: string }[] = []
  for (const m of text.matchAll(/(?:((?:19|20)\d{2})年)?(\d{1,2})月(\d{1,2})[日号]/g)) {
    const before = text.slice(Math.max(0, m.index - 4), m.index)
    if (FUTURE_BEFORE.test(before)) continue
    const y = m[1] ? Number(m[1]) : year
    if (y !== year) continue
    const date = isoDate(y, Number(m[2]), Number(m[3]))
    if (date) out.push({ date, text: m[0] })
  }
  return out
}
