// Stage: meetings, conferences and formal events the page reports as held (召开/举行/主持), with a normalised
// name, the date (M月D日, or 昨天/前天 against the page's date), place, chair, speakers and attendees.
import { parseNumber } from '../lib/chinese-numerals'
import type { Stage } from '../lib/diagnostics'
import { addDays, dayNear, isoDate } from '../lib/dates'
import { resolveCityOrCounty } from '../lexicon/divisions'
import { articleSentences, evidenceOf, type Sentence } from '../lib/sentences'
import { foldWidth } from '../lib/width'
import { EVENT_WORDS } from '../lexicon/meeting-words'
import { looksLikeName } from '../lexicon/surnames'
import type { Article, Issue, Meeting } from '../../shared/corpus-schema'

const EVENT = `(?:${EVENT_WORDS.join('|')})`
/** A joint event's second part: 调研会暨“双联”活动 */
const JOINT = '(?:暨[^，。；：！？]{2,24}?活动)?'
// greedy: 举行的区人大会议议案审查委员会会议上 is the committee's meeting, not the congress
const HELD_AFTER = new RegExp(`(?:主持)?(?:召开|举行|举办|开展)了?([^，。；：！？]{0,60}${EVENT}${JOINT})(?![\\u4e00-\\u9fff]*?(?:精神|要求|部署))`, 'g')
// 县人大常委会第二十次会议于3月5日上午在县行政中心召开: a day between the name and the verb, not a plan (将于)
const HELD_BEFORE = new RegExp(`([^，。；：！？]{2,60}?${EVENT})(?:(?:于|在)?(?:\\d{1,2}月\\d{1,2}日|昨天|昨日|前天|今天|近日|日前)(?:上午|下午|晚上?)?)?(?:在([\\u4e00-\\u9fff]{2,12}?))?(?:隆重)?(?:召开|举行|开幕|闭幕|举办)`, 'g')
const DATE = /(\d{1,2})月(\d{1,2})日(上午|下午|晚上|晚|中午)?|(昨天|前天|今天|昨日|前日|今日)(上午|下午|晚上|晚|中午)?|(?<![月\d])(\d{1,2})日(上午|下午|晚上|晚|中午)?/
const SPEAK = /(?:作总结讲话|讲话|强调|指出|要求|致辞|作报告|点评)/
const ATTEND = /(?:出席|参加|陪同|列席)/

export type MeetingDraft = Omit<Meeting, 'id'>

/** `names(text)` finds the known personal names in a sentence, in order. */
export const findMeetings: Stage<{ article: Article; issue: Issue; names: (text: string) => { name: string; at: number }[] }, MeetingDraft[]> = ({ article, issue, names }, report) => {
  // read with half-width marks as full-width ones (web copies): clauses end at , as at ，
  const sentences = articleSentences(article).map((x) => ({ ...x, text: foldWidth(x.text) }))
  const meetings: MeetingDraft[] = []
  const leadDate = sentences[0] ? DATE.exec(sentences[0].text) : null
  // a day without its month (13日上午) takes the month the article last named
  const monthBefore = (sentence: number) => {
    for (let i = sentence; i >= 0; i--) {
      const months = [...sentences[i]!.text.matchAll(/(\d{1,2})月/g)]
      if (months.length) return Number(months.at(-1)![1])
    }
    return null
  }
  const heads = [article.kicker, article.headline, article.subheadline].filter((t): t is string => !!t).map(foldWidth)
  const held = (found: { name: string; where: string | null }, date: Meeting['date'], sentence: string): MeetingDraft => ({
    name: found.name, session: sessionOf(found.name), status: 'held', date,
    place: (found.where && resolveCityOrCounty(found.where.replace(/市|县|区$/, ''))) ?? issue.place,
    chair: [], speakers: [], attendees: [], articleId: article.id, sentence: evidenceOf(sentence, found.name),
  })
  for (const s of sentences) {
    const inSentence = heldIn(s.text)
    // 某会议举行第二次全体会议: the session's sitting, not the session too
    for (const found of inSentence.filter((f) => !inSentence.some((g) => g.name !== f.name && g.name.startsWith(f.name)))) {
      if (meetings.some((m) => m.name === found.name)) continue
      const own: DateMatch | null = DATE.exec(s.text)
      if (own?.[6]) own.month = monthBefore(s.index)
      // no date of its own: it happened on the day the report opens with
      const lead = resolveDate(leadDate, issue)
      meetings.push(held(found, own ? resolveDate(own, issue) : { ...lead, basis: meetings.length || !leadDate ? 'inferred' : lead.basis }, s.text))
    }
  }
  // a meeting named only by the headline (政协某县第十四届五次会议举行第二次全体会议): on the day the report opens with
  if (!meetings.length) {
    const named = heads.flatMap(heldIn)
    // 某会议举行第二次全体会议: the session's sitting, not the session too
    for (const found of named.filter((f) => !named.some((g) => g.name !== f.name && g.name.startsWith(f.name)))) {
      if (!meetings.some((m) => m.name === found.name)) meetings.push(held(found, resolveDate(leadDate, issue), heads.join(' ')))
    }
  }
  if (meetings.length) {
    for (const s of sentences) assignPeople(s, meetings, names)
    // a headline of names: 王某 李某出席 张某主持
    for (const text of heads.flatMap(headlineClauses)) assignPeople({ text, paragraph: -1, index: -1 }, meetings, names)
  }
  for (const m of meetings) {
    if (m.date.value) continue
    const why = m.date.basis === 'relative' ? `its date (${m.date.text}) is relative to a page whose day is unknown` : 'the text gives no date for it'
    report.warn('facts/meeting-undated', `the meeting ${m.name}: ${why}`, article.source.lines[0])
  }
  for (const s of sentences) {
    for (const name of referencedIn(s.text)) {
      if (meetings.some((m) => m.name === name || m.name.endsWith(name))) continue
      meetings.push({
        name, session: sessionOf(name), status: 'referenced', date: { value: null, basis: 'inferred', text: '' },
        place: null, chair: [], speakers: [], attendees: [], articleId: article.id, sentence: evidenceOf(s.text, name),
      })
    }
  }
  return meetings
}

const REFERENCED = new RegExp(`([^，。；：、“”《》]{2,40}?${EVENT})(?:上的(?:重要)?讲话)?精神`, 'g')

/** Meetings a sentence only refers to: 传达学习全市领导干部会议精神. */
function referencedIn(text: string): string[] {
  if (!text.includes('精神')) return []
  return [...text.matchAll(REFERENCED)]
    .map((m) => normaliseName(m[1]!.replace(/^.*(?:传达|学习|贯彻|落实|领会)[了好]?/, '').replace(/^.*在/, '').replace(/^[好了的]/, ''), ''))
    .filter((n, i, all) => n.length >= 4 && all.indexOf(n) === i)
}

const BARE_EVENT = new RegExp(`^${EVENT}$`)

// the name patterns backtrack over up to 60 characters: only sentences with a verb of holding or 精神 are tried
const HOLDING = /召开|举行|举办|开幕|闭幕|开展/

const SCHEDULED = /^(?:的)?(?:时间|日期|地点|事项|有关事项|的决定|的议案|的通知)/

function heldIn(text: string): { name: string; where: string | null }[] {
  const out: { name: string; where: string | null }[] = []
  if (!HOLDING.test(text)) return out
  for (const m of text.matchAll(HELD_AFTER)) {
    const subject = text.slice(0, m.index).split(/[，。；：]/).pop() ?? ''
    out.push({ name: normaliseName(m[1]!, subject), where: null })
  }
  for (const m of text.matchAll(HELD_BEFORE)) {
    const before = text.slice(Math.max(0, m.index - 6), m.index)
    if (/传达|学习|贯彻|落实/.test(before + m[1]!.slice(0, 4))) continue
    // a decision on when a meeting will sit (决定了县人大六次会议召开时间) schedules it: nothing was held
    if (SCHEDULED.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue
    out.push({ name: normaliseName(m[1]!, ''), where: m[2] ?? null })
  }
  // an event word alone (并召开座谈会) names no meeting
  return out.filter((x) => x.name.length >= 3 && !BARE_EVENT.test(x.name))
}

/**
 * 县十七届人大常委会召开第二十二次会议 → 县十七届人大常委会第二十二次会议: a name that starts with its number
 * takes the body that held it. Leading dates, "以…为主题的" and "我县" go.
 */
function normaliseName(name: string, subject: string): string {
  // what a clause glues in front: 的, ◆, a speaker (戴启常宣布…会议开幕), a verb (出席/参加/听取)
  name = name.replace(/^[◆◇●○■□▲△★☆·\s]+/, '').replace(/^.*?(?:宣布|主持召开|出席|参加|列席|听取|观看)(?=.{4})/, '').replace(/^的/, '')
  let n = name.replace(/^(?:.*?为主题的)/, '').replace(/^(?:在|于)?(?:\d{1,2}月\d{1,2}日|昨天|前天|今天)(?:上午|下午|晚上?|中午)?[，,]?/, '').replace(/^(?:我县|我区|我市)/, '').trim()
  // a name that starts with its number, a bare 主任会议, or one that names no organ (专题学习会, 扩大会议) takes
  // the body that held it
  const namesNoOrgan = !ORGAN_WORD.test(n) && ORGAN_END.test(subject.replace(/(还|也|又|再|先后)$/, ''))
  // (县委常委会召开会议: a bare 会议 is its body's; after a person, 王某主持召开会议, it names nothing)
  const bare = n === '会议' ? ORGAN_END.test(subject) : n.length <= 4 && /会议$/.test(n)
  if (/^(第|[一二三四五六七八九十]+届|[一二三四五六七八九十]+次)/.test(n) || bare || namesNoOrgan) {
    const body = subject.replace(/^.*?(?:\d+月\d+日|昨天|前天|今天)[上下午晚]*/, '').replace(/^(?:我县|我区)/, '').replace(/(还|也|又|再|先后)$/, '').trim()
    n = body + n
  }
  return n
}

/** Words that name who holds a meeting: a level, a party or government organ. */
const ORGAN_WORD = /[省市县区镇乡旗]|委|政府|人大|政协|党|局|办|院/
/** A subject that is an organ: 县委理论学习中心组, 县人大常委会, 某某局. */
const ORGAN_END = /(?:委|常委会|中心组|政府|人大|政协|局|办|院|会|组|部)$/

function sessionOf(name: string): MeetingDraft['session'] {
  const term = name.match(/(?:第)?([一二三四五六七八九十百\d]+)届/)?.[1]
  const number = name.match(/(?:第)?([一二三四五六七八九十百\d]+)次/)?.[1]
  return { term: term ? parseNumber(term) : null, number: number ? parseNumber(number) : null }
}

type DateMatch = RegExpExecArray & { month?: number | null }


const RELATIVE: Record<string, number> = { 昨天: -1, 昨日: -1, 前天: -2, 前日: -2, 今天: 0, 今日: 0 }

function resolveDate(m: DateMatch | null, issue: Issue): Meeting['date'] {
  if (!m) return { value: null, basis: 'inferred', text: '' }
  const text = m[0]
  if (m[6]) return { value: (issue.date.value ? dayNear(issue.date.value, Number(m[6]), m.month ?? null) : null), basis: 'explicit', text }
  if (m[1]) {
    const year = Number((issue.date.value ?? issue.date.earliest ?? '').slice(0, 4))
    return { value: year ? isoDate(year, Number(m[1]), Number(m[2])) : null, basis: 'explicit', text }
  }
  const offset = RELATIVE[m[4]!]!
  const value = issue.date.value ? addDays(issue.date.value, offset) : null
  // 昨天 on a page known only within a range is a range too: the builder's day stays its best guess, not a fact
  const { earliest, latest } = issue.date
  if (value && earliest && latest && earliest !== latest && issue.date.basis === 'content') {
    return { value, basis: 'relative', text, earliest: addDays(earliest, offset), latest: addDays(latest, offset) }
  }
  return { value, basis: 'relative', text }
}

/**
 * A name before 主持 chairs. The subject of a clause (the name opening it, maybe after its title) with
 * 讲话/强调/指出/要求 speaks — not a name cited inside it (传达…陈伟俊书记讲话精神). In a 出席/参加 sentence, attends.
 */
function assignPeople(s: Sentence, meetings: MeetingDraft[], names: (text: string) => { name: string; at: number }[]) {
  const found = names(s.text)
  if (!found.length) return
  const mentioned = meetings.filter((m) => s.text.includes(m.name) || m.sentence === s.text)
  const target = (at: number) => {
    // "在述政大会上指出": the meeting named in the sentence; else the one held in it; else the article's first
    const onMeeting = s.text.slice(at).match(/^[\u4e00-\u9fff]{2,4}?在(.{2,30}?)上/)
    if (onMeeting) return meetings.find((m) => m.name.endsWith(onMeeting[1]!) || onMeeting[1]!.endsWith(m.name)) ?? meetings[0]!
    return mentioned[0] ?? meetings[0]!
  }
  for (const { name, at } of found) {
    const clauseStart = Math.max(s.text.lastIndexOf('，', at), s.text.lastIndexOf('。', at)) + 1
    const before = s.text.slice(clauseStart, at)
    const clause = s.text.slice(at + name.length).split(/[，。；]/)[0]!
    // 主持会议 names a 会议: the report's meeting, not a ceremony named later in the sentence (…并主持举行宪法宣誓仪式)
    const m = (/^主持会议/.test(clause) && meetings.find((x) => x.status === 'held' && /会议$/.test(x.name))) || target(at)
    // 副主任A、B、C主持: a name inside a list stands where the list's first one does
    const isSubject = before === '' || SUBJECT_TITLE.test(before) || /、$/.test(before)
    let list: string[] | null = null
    if (/^主持/.test(clause) || /^[^，]{0,12}主持(?!人)/.test(clause.slice(0, 14)) && isSubject) list = m.chair
    else if (isSubject && SPEAK.test(clause) && !/精神/.test(clause)) list = m.speakers
    else if (ATTEND.test(s.text.slice(at))) list = m.attendees
    if (list && !list.includes(name)) list.push(name)
    // 主持会议并讲话: the chair speaks too
    if (list === m.chair && isSubject && /并(?:作)?(?:讲话|总结讲话|部署)/.test(clause) && !m.speakers.includes(name)) m.speakers.push(name)
  }
}

/**
 * The clauses of a headline that lists people by spaces (王某 李某出席 张某主持): names alone join the next part,
 * which ends with what they did. A headline of words (no part a name alone, no verb of a meeting) gives none.
 */
function headlineClauses(head: string): string[] {
  const parts = foldWidth(head).split(/\s+/).filter(Boolean)
  if (parts.length < 2) return []
  const out: string[] = []
  let names: string[] = []
  for (const part of parts) {
    if (looksLikeName(part)) names.push(part)
    else {
      if (/(?:出席|主持|讲话|参加|陪同|致辞)$/.test(part)) out.push([...names, part].join('、'))
      names = []
    }
  }
  return out
}

/** What may stand before a name that opens a clause: its titles (县委副书记、县长) or 县领导. */
const SUBJECT_TITLE = /(?:书记|长|主任|主席|常委|委员|领导|同志)$/
