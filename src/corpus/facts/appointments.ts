// Stage: appointments in notices and decisions — 任命 / 免去 / 辞去 / 当选 / 补选 — with the organ, the title and
// the notice's date.
import { isoDate } from '../lib/dates'
import { looksLikeName } from '../lib/surnames'
import type { Appointment, Article, ISODate } from '../schema'

const ORGAN = /^(.*?(?:人民政府|人民代表大会常务委员会|人大常委会|人民代表大会|人民法院|人民检察院|监察委员会|委员会|政府))(.+)$/

export function findAppointments(article: Article, issueDate: ISODate | null): Appointment[] {
  const text = article.paragraphs.join('')
  if (!/任命|免去|辞去|当选|补选/.test(text)) return []
  const date = noticeDate([article.kicker, article.headline, article.subheadline, ...article.paragraphs].join(' ')) ?? issueDate
  const out: Appointment[] = []
  const push = (action: Appointment['action'], names: string[], post: string, sentence: string) => {
    const { org, title } = splitPost(post)
    for (const name of names) if (looksLikeName(name)) out.push({ name, action, title, org, date, articleId: article.id, sentence })
  }
  for (const sentence of text.split(/(?<=[。；])/)) {
    // 任命：张峻榕为平阳县人民政府副县长 (several "A为X" may follow one 任命)
    const appoint = sentence.match(/任命[：:]?(.+)/)
    if (appoint) for (const m of appoint[1]!.matchAll(/([\u4e00-\u9fff]{2,4}?)为([^，。；、]+)/g)) push('appoint', [m[1]!], m[2]!, sentence)
    const remove = sentence.match(/免去[：:]?(.+)/)
    if (remove) for (const m of remove[1]!.matchAll(/([\u4e00-\u9fff]{2,4}?)的([^，。；]+?)职务/g)) push('remove', [m[1]!], m[2]!, sentence)
    for (const m of sentence.matchAll(/(?:接受|同意)?((?:[\u4e00-\u9fff]{2,4}、)*[\u4e00-\u9fff]{2,4}?)等?(?:\d+名|[一二三四五六七八九十]+名)?(?:同志)?辞去([^，。；]+?)职务/g)) {
      push('resign', m[1]!.split('、'), m[2]!, sentence)
    }
    for (const m of sentence.matchAll(/(?:补选|选举)([\u4e00-\u9fff]{2,4}?)为([^，。；]+)/g)) push('elect', [m[1]!], m[2]!, sentence)
    for (const m of sentence.matchAll(/([\u4e00-\u9fff]{2,4}?)当选为?([^，。；]+)/g)) push('elect', [m[1]!], m[2]!, sentence)
  }
  return out
}

/** 平阳县人民政府副县长 → org 平阳县人民政府, title 副县长; a deputy to a congress → 县人大代表. */
export function splitPost(post: string): { org: string | null; title: string } {
  const clean = post.replace(/[：:]$/, '').trim()
  const m = clean.match(ORGAN)
  if (!m) return { org: null, title: clean }
  const org = m[1]!
  let title = m[2]!
  if (/^代表$/.test(title) && /人民代表大会$/.test(org)) {
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
