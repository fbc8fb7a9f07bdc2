// Stage: appointments in notices and decisions — 任命 / 免去 / 辞去 / 当选 / 补选 — with the organ, the title and
// the notice's date.
import type { Stage } from '../lib/diagnostics'
import { dayNear, isoDate } from '../lib/dates'
import { isAboveCounty } from '../lexicon/divisions'
import { looksLikeName } from '../lexicon/surnames'
import { nameEndingAfter } from '../lexicon/names'
import type { Appointment, Article, ISODate } from '../../shared/corpus-schema'
import { POSITION_AT_END } from '../lexicon/title-chain'
import { foldWidth } from '../lib/width'
import { evidenceOf } from '../lib/sentences'

const ORGAN = /^(.*?(?:人民政府|人民代表大会常务委员会|人大常委会|人民代表大会|人民法院|人民检察院|监察委员会|委员会|政府))(.+)$/

const ACTIONS = /任命|免去|免职|辞去|当选|补选|选举/

/** 任免 of one article, dated by the notice, the session that decided or the page. Reports a sentence it cannot read. */
export const findAppointments: Stage<{ article: Article; issueDate: ISODate | null; issueYear?: number | null }, Appointment[]> = ({ article, issueDate, issueYear = null }, report) => {
  const text = foldWidth(article.paragraphs.join(''))
  // a notice's title names them too (关于接受A等辞去…职务的决定): read where the body does not repeat it
  const heads = [article.kicker, article.headline, article.subheadline].filter((t): t is string => !!t).map((t) => `${foldWidth(t)}。`)
  if (!ACTIONS.test(text + heads.join(''))) return []
  const date = noticeDate([article.kicker, article.headline, article.subheadline, ...article.paragraphs].join(' ')) ?? sessionDate(text, issueDate, issueYear) ?? issueDate
  const decidedBy = decidingBody(article.paragraphs.map(foldWidth), text)
  const out: Appointment[] = []
  const read = new Set<string>()
  // each appointment once (a set, not a scan of those so far: a notice of thousands of clauses stays linear)
  const seen = new Set<string>()
  const push = (action: Appointment['action'], names: string[], post: string, sentence: string) => {
    read.add(sentence)
    let lastOrg: string | null = null
    for (const one of splitTitles(post)) {
      const split = splitPost(one)
      // 县人民政府副县长、代理县长: a bare post after one with its organ is of the same organ
      const org: string | null = split.org ?? (POSITION_AT_END.test(split.title) && !/^[省市县区镇乡旗]/.test(split.title) ? lastOrg : null)
      const { title } = split
      lastOrg = org
      for (const name of names) {
        const key = `${name}|${action}|${title}|${org ?? ''}`
        if (!looksLikeName(name) || seen.has(key)) continue
        seen.add(key)
        out.push({ name, action, title, org, decidedBy, date, articleId: article.id, sentence: evidenceOf(fromClauseNaming(sentence, name), name) })
      }
    }
  }
  for (const sentence of [...text.split(/(?<=[。])/), ...heads]) {
    // 任命：A为X，B为Y; 选举A为X; 任命县委常委A同志为X (the title before the name is a role the people stage reads)
    // each verb reads the clauses up to the next verb (a later 任命 is its own): linear in a notice of any length
    const verbs = [...sentence.matchAll(/(任命|补选|选举)[：]?/g)]
    for (const [k, verb] of verbs.entries()) {
      const action = verb[1] === '任命' ? 'appoint' : 'elect'
      for (const item of sentence.slice(verb.index + verb[0].length, verbs[k + 1]?.index).split(/[，；]/)) {
        const m = item.match(/^(.*?)(?:同志)?为(.+?)(?:职务)?$/)
        // 任命A、B为审判员: every name of the list
        const listed = m?.[1]!.split('、') ?? []
        const names = listed.length > 1 && listed.slice(1).every((n) => looksLikeName(n.replace(/同志$/, ''))) ? [nameEndingAt(listed[0]!), ...listed.slice(1).map((n) => n.replace(/同志$/, ''))] : [m && nameEndingAt(m[1]!)]
        if (!m || names.some((n) => !n)) break
        push(action, names as string[], m[2]!, sentence)
      }
    }
    const remove = sentence.match(/免去[：]?(.+)/)
    if (remove) {
      for (const m of remove[1]!.matchAll(/([\u4e00-\u9fff]{2,4}?)(?:同志)?的([^，。；]+?)职务/g)) push('remove', [m[1]!], m[2]!, sentence)
      // without 的, the post begins with its place or organ: 免去赵刚县卫生健康局局长职务, 免去孙红同志中共…职务
      for (const m of remove[1]!.matchAll(/(?:^|[，、；])((?:(?!的)[\u4e00-\u9fff]){2,3}?)(?:同志)?((?:中共|[省市县区镇乡旗])[^，。；的]*?)职务/g)) push('remove', [m[1]!], m[2]!, sentence)
    }
    // the list patterns below are tried only where their verb stands: over a long list of names without it they
    // would try every name as a start
    if (sentence.includes('辞去')) for (const m of sentence.matchAll(/(?:接受|同意)?((?:[\u4e00-\u9fff]{2,4}、)*[\u4e00-\u9fff]{2,4}?)等?(?:\d+名|[一二三四五六七八九十]+名)?(?:同志)?辞去([^，。；]+?)职务/g)) {
      push('resign', m[1]!.split('、'), m[2]!, sentence)
    }
    if (sentence.includes('当选')) for (const m of sentence.matchAll(/([\u4e00-\u9fff]{2,4}?)当选为?([^，。；]+)/g)) push('elect', [m[1]!], m[2]!, sentence)
    if (ACTION_VERBS.test(sentence) && !read.has(sentence)) {
      report.warn('facts/appointment-unread', `a sentence with 任免 whose people and posts could not be read: ${sentence.slice(0, 60)}`, article.source.lines[0])
    }
  }
  return out
}

/**
 * The body that decided: the organ a notice is signed by (a paragraph that is only its name), else the one whose
 * session the text reports (县十七届人大常委会第三十八次会议 → 县十七届人大常委会; a congress's session; a
 * government's 常务会议). Not the organ of the office: a 副县长 of the 人民政府 is appointed by the 人大常委会.
 */
function decidingBody(paragraphs: string[], text: string): string | null {
  const signature = paragraphs.find((p) => /^[\u4e00-\u9fff]{2,30}?(?:人民代表大会常务委员会|人大常委会|人民政府|委员会)$/.test(p.trim()))
  if (signature) return signature.trim()
  const session = text.match(/((?:[\u4e00-\u9fff]{1,8}?)?(?:第?[一二三四五六七八九十]+届)?(?:人民代表大会常务委员会|人大常委会|人民代表大会|人民政府))(?:召开|举行)?了?(?:第[一二三四五六七八九十百]+次(?:全体)?会议|主任会议|常务会议|[一二三四五六七八九十]+次会议)/)
  return session ? session[1]!.replace(/^.*?(?:经|由|在|召开|举行|，|。)/, '') : null
}

/**
 * The part of a sentence that names the person: from the clause naming them (决定接受A辞去…, not the legal preamble
 * 根据…规定，…，经…通过，) to the end of that decision (the next ；, where a session's other business follows).
 */
function fromClauseNaming(sentence: string, name: string): string {
  const at = sentence.indexOf(name)
  if (at < 0) return sentence
  const start = Math.max(sentence.lastIndexOf('，', at), sentence.lastIndexOf('；', at)) + 1
  const end = sentence.indexOf('；', at)
  return end < 0 ? sentence.slice(start) : `${sentence.slice(start, end)}…`
}

/** The verbs of a 任免 sentence (not 选举 alone: 选举法, 选举日 name no one). */
const ACTION_VERBS = /任命[^书]|免去|辞去.*职务|当选为?/

/** The name a phrase ends with: 县委常委钱明 → 钱明, 孙红 → 孙红. */
const nameEndingAt = (phrase: string) => nameEndingAfter(phrase.replace(/同志$/, ''), POSITION_AT_END)

/** 县人民政府副县长、县公安局局长 → two posts; 省、市人大代表 → 省人大代表 and 市人大代表. */
function splitTitles(printed: string): string[] {
  const post = printed.replace(/[：。；，]+$/, '')
  const coordinated = post.match(/^([省市县区])、([省市县区])(.+)$/)
  if (coordinated) return [coordinated[1]! + coordinated[3]!, coordinated[2]! + coordinated[3]!]
  const parts = post.split('、')
  return parts.length > 1 && parts.every((p) => POSITION_AT_END.test(p) || /代表$/.test(p)) ? parts : [post]
}

/**
 * The day of the session that decided, where the notice prints no full date: 3月1日，县人大常委会会议召开…; 13日 with
 * no month is of the page's month (or the month before, for a day after the page's own). With no day of the page,
 * its year (a page dated only 2013) dates 11月20日 still; a day alone then stays unknown.
 */
function sessionDate(text: string, issueDate: ISODate | null, issueYear: number | null): ISODate | null {
  const m = text.match(/(?:(\d{1,2})月(\d{1,2})日|(?<![月\d])(\d{1,2})日)[^。]{0,40}?(?:会议|大会)/)
  if (!m) return null
  if (!issueDate) return m[1] && issueYear ? isoDate(issueYear, Number(m[1]), Number(m[2])) : null
  const d = m[1] ? dayNear(issueDate, Number(m[2]), Number(m[1])) : dayNear(issueDate, Number(m[3]))
  return d && d <= issueDate ? d : null
}

/**
 * 平阳县人民政府副县长 → org 平阳县人民政府, title 副县长. A deputy to the county's own congress → 县人大代表, as county
 * papers say it; a seat in a higher congress (赤峰市第六届人民代表大会代表, filled by a county's standing committee)
 * keeps the written 人民代表大会代表, the congress as its org naming the level.
 */
export function splitPost(post: string): { org: string | null; title: string } {
  const clean = post.replace(/[：:。；，]+$/, '').trim()
  const m = clean.match(ORGAN)
  if (!m) return { org: null, title: clean }
  const org = m[1]!
  let title = m[2]!
  if (/^代表$/.test(title) && /人民代表大会$/.test(org)) {
    const place = org.match(/^(.+?[省市])第[\u4e00-\u9fff]+届人民代表大会$/)?.[1]
    if (place && isAboveCounty(place)) return { org, title: '人民代表大会代表' }
    const level = org.match(/(省|市|县|区|镇|乡)(?:第[\u4e00-\u9fff]+届)?人民代表大会$/)?.[1] ?? ''
    title = `${level}人大代表`
  }
  return { org, title }
}

/** The notice's own date: the latest full date printed in it (its signature or "(2025年1月9日 …通过)"). */
function noticeDate(text: string): ISODate | null {
  let latest: ISODate | null = null
  for (const m of text.matchAll(/((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日/g)) {
    const before = text.slice(Math.max(0, m.index - 3), m.index)
    if (/定为|将于|定于/.test(before)) continue
    const d = isoDate(Number(m[1]), Number(m[2]), Number(m[3]))
    if (d && (!latest || d > latest)) latest = d
  }
  return latest
}
