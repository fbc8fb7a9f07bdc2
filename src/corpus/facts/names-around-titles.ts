// Names read around a title rather than after it: inside it (省委车俊书记), at the end of a chain (省委常委、李某
// 秘书长), before it (张某副县长参加, 王某主任介绍, 习近平总书记).
import { isNameEnd, nameBefore } from '../lexicon/names'
import { looksLikeName } from '../lexicon/surnames'
import { defaultPlace } from '../lexicon/title-places'
import { NOT_A_NAME, ORGAN_CHARS } from '../lexicon/name-words'
import type { NameMention } from './people'

type Add = (name: string, roles: NameMention['roles']) => void
/** The organ the article's context gives a bare position (主任 → 县人大常委会), or null where it gives none or several. */
export type ContextOrgans = (position: string) => string | null

/** Organs a bare position written after a name belongs to, where the article names exactly one of them. */
const ORGANS_OF: Record<string, RegExp> = {
  主任: /[省市县区旗]人大常委会/g,
  主席: /[省市县区旗]政协/g,
}

export function contextOrgans(articleText: string): ContextOrgans {
  // each position's organs read from the text once, the first time a name with that position after it is met
  const found = new Map<string, string | null>()
  return (position) => {
    const re = ORGANS_OF[position]
    if (!re) return null
    if (!found.has(position)) {
      const named = new Set([...articleText.matchAll(re)].map((m) => m[0]))
      found.set(position, named.size === 1 ? [...named][0]! : null)
    }
    return found.get(position)!
  }
}

/** 省委车俊书记, 市委胡海峰书记, 习近平总书记 */
export function namedAroundTitles(clause: string, home: string | null, add: Add, context: ContextOrgans) {
  for (const m of clause.matchAll(/(省|市|县|区)委([\u4e00-\u9fff]{2,3}?)(副?书记)/g)) {
    if (!looksLikeName(m[2]!) || !isNameEnd(clause.slice(m.index + m[0].length))) continue
    const title = `${m[1]}委${m[3]}`
    add(m[2]!, [{ title, place: defaultPlace(title, home) }])
  }
  // 省委常委、李某秘书长: a chain whose last title follows the name
  for (const m of clause.matchAll(/(省|市|县|区)委常委、([\u4e00-\u9fff]{2,3}?)(秘书长|宣传部长|组织部长|统战部长|政法委书记)/g)) {
    if (!looksLikeName(m[2]!) || !isNameEnd(clause.slice(m.index + m[0].length))) continue
    const place = defaultPlace(`${m[1]}委常委`, home)
    add(m[2]!, [{ title: `${m[1]}委常委`, place }, { title: `${m[1]}委${m[3]}`, place }])
  }
  // 王某主任介绍了…: a name with its title after it, the organ the article's context gives (the one 人大常委会 it
  // names, for 主任); where the context names none or several, a person with no role guessed
  for (const m of clause.matchAll(/(?:^|[、和与])([\u4e00-\u9fff]{2,3}?)(副?(?:主任|主席|书记|县长|区长|市长|旗长|局长|部长|镇长|乡长|秘书长))(?=介绍|指出|强调|表示|要求|讲话|主持|说|希望|提出|通报|汇报|作了|就)/g)) {
    if (!looksLikeName(m[1]!) || ORGAN_CHARS.test(m[1]!) || NOT_A_NAME.test(m[1]!) || /^(?:常务|专职|执行|驻会)$/.test(m[1]!)) continue
    const organ = context(m[2]!.replace(/^副/, ''))
    const title = organ ? organ + m[2] : null
    add(m[1]!, title ? [{ title, place: defaultPlace(title, home) }] : [])
  }
  // 张某副县长参加调研: a head of a government written after the name is a whole title (its government is the
  // county's or the city's, as when it stands before the name)
  for (const m of clause.matchAll(/(?:^|[、和与])([\u4e00-\u9fff]{2,3}?)((?:常务)?副?(?:县|区|市|旗)长)(?=参加|出席|陪同|列席|调研|带队|一行|一同|到|在|主持|介绍|指出|强调|表示|要求|讲话|说|希望|提出|通报|汇报|作了|就|、|和|$)/g)) {
    if (looksLikeName(m[1]!) && !ORGAN_CHARS.test(m[1]!) && !NOT_A_NAME.test(m[1]!)) add(m[1]!, [{ title: m[2]!, place: defaultPlace(m[2]!, home) }])
  }
  for (const m of clause.matchAll(/总书记/g)) {
    if (clause.slice(m.index - 1, m.index) === '党' || clause.slice(m.index - 1, m.index) === '记') continue
    const name = nameBefore(clause, m.index)
    if (name) add(name, [{ title: '总书记', place: null }])
  }
}
