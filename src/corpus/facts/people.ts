// Stage, pass 1: names read where they are certain — after a title (县委书记董智武), before one (省委车俊书记,
// 习近平总书记), in lists of leaders (县领导A、B、C等出席), in bylines and credits. Each mention keeps its
// title, place and sentence.
import type { Stage } from '../lib/diagnostics'
import { nameAt, nameEndingAfter } from '../lexicon/names'
import { articleSentences, evidenceOf, occurrences } from '../lib/sentences'
import { looksLikeName } from '../lexicon/surnames'
import { defaultPlace, titleLevel } from '../lexicon/title-places'
import { chainedTitleAt, dropGovernment, isSessionFunction, isSharedTitle, organOf, POSITION, POSITION_AT_END, titleEndingAt, type TitleSpan } from '../lexicon/title-chain'
import { divisionAt } from '../lexicon/divisions'
import { foldWidth } from '../lib/width'
import { spacedNamesAsList } from './headline-names'
import { NOT_A_NAME, ORGAN_CHARS } from '../lexicon/name-words'
import { contextOrgans, namedAroundTitles } from './names-around-titles'
import type { Article } from '../../shared/corpus-schema'

export interface NameMention {
  name: string
  kind: 'official' | 'journalist' | 'person'
  /** titles with their places; empty for a name seen only in a list */
  roles: { title: string; place: string | null }[]
  articleId: string
  sentence: string
}

/** A credit that names an office or a desk (宣传办, 融媒中心), not a person. */
const DESK = /(?:办|委|局|部|中心|组|站|所|队|社|台|网)$/

/** Pass 1 over one article; `home` is the county its page serves. Reports a county or city title it cannot place. */
export const findNameMentions: Stage<{ article: Article; home: string | null }, NameMention[]> = ({ article, home }, report) => {
  const out: NameMention[] = []
  // a correspondent's name without a surname is a desk's signature (通讯员 松纪宣), credited but no person; a
  // reporter (记者) is a person whatever the name's form (美令, a Mongolian name; 小杰, a pen name)
  for (const key of ['reporters', 'correspondents', 'photographers', 'editors'] as const) {
    for (const name of article.byline[key] ?? []) if (!DESK.test(name) && (looksLikeName(name) || /^[小老阿][\u4e00-\u9fff]$/.test(name) || (key === 'reporters' && /^[\u4e00-\u9fff]{2,4}$/.test(name)))) out.push({ name, kind: 'journalist', roles: [], articleId: article.id, sentence: '' })
  }
  const context = contextOrgans([article.kicker, article.headline, article.subheadline, ...article.paragraphs].filter(Boolean).join('\n'))
  const sentences = [article.kicker, article.headline, article.subheadline].filter((t): t is string => !!t).map((text) => ({ text: spacedNamesAsList(text) }))
  for (const { text: printed } of [...sentences, ...articleSentences(article)]) {
    const text = foldWidth(printed)
    const add = (name: string, roles: NameMention['roles']) => out.push({ name, kind: 'official', roles, articleId: article.id, sentence: evidenceOf(printed, name) })
    const organs: OrganContext = { organ: null, place: null }
    for (const clause of text.split(/[，。；：！？]/)) {
      titledNames(clause, home, organs, add)
      namedAroundTitles(clause, home, add, context)
      leaderLists(clause, add)
      for (const name of epithetNames(clause)) out.push({ name, kind: 'person', roles: [], articleId: article.id, sentence: evidenceOf(printed, name) })
    }
  }
  const fixed = typosFixed(out, [article.kicker, article.headline, article.subheadline, ...article.paragraphs].filter(Boolean).join('\n'))
  for (const m of fixed) {
    for (const r of m.roles) {
      if (!r.place && titleLevel(r.title) && r.title !== '总书记') report.warn('facts/title-without-place', `the title ${r.title} of ${m.name} belongs to no place the page names or serves`, article.source.lines[0])
    }
  }
  return fixed
}

/**
 * A person the text names by an epithet, not a title: 民族英雄谢子长, 革命烈士王某, 时代楷模李某, 全国劳动模范张某.
 * No role (an epithet is no office); the name as the surname and one or two characters after the epithet, ended by
 * 的, punctuation, 同志, 等 or the clause's end. A county's name inside it (子长 in 谢子长) is the person's, not the place.
 */
const EPITHET_NAME = /(?:英雄|烈士|先烈|楷模|劳动模范|劳模|先进典型)([\u4e00-\u9fff]{2,3}?)(?=的|同志|等|、|$)/g

function epithetNames(clause: string): string[] {
  return [...clause.matchAll(EPITHET_NAME)].map((m) => m[1]!).filter((name) => looksLikeName(name))
}

/**
 * A title printed with a character dropped or doubled (县人大常委副主任, 县人大常委会副主主任) is the title the article
 * prints more often that differs from it by that one character: a typo makes no new office.
 */
function typosFixed(mentions: NameMention[], text: string): NameMention[] {
  const titles = new Set(mentions.flatMap((m) => m.roles.map((r) => r.title)))
  if (titles.size < 2) return mentions
  const times = new Map([...titles].map((t) => [t, occurrences(text, t)]))
  const right = new Map<string, string>()
  for (const t of titles) {
    const better = [...titles].find((u) => u !== t && oneCharApart(t, u) && times.get(u)! > times.get(t)!)
    if (better) right.set(t, better)
  }
  if (!right.size) return mentions
  return mentions.map((m) => ({ ...m, roles: m.roles.map((r) => (right.has(r.title) ? { ...r, title: right.get(r.title)! } : r)) }))
}

/**
 * One title is the other with one character more, as print drops or doubles one: a character doubled anywhere, or
 * one dropped from the organ (常委会 / 常委) — never from the position, where 主任 and 副主任 are two offices.
 */
function oneCharApart(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a]
  if (long.length !== short.length + 1 || short.length < 3) return false
  let i = 0
  while (i < short.length && short[i] === long[i]) i++
  if (short.slice(i) !== long.slice(i + 1)) return false
  const doubled = long[i] === long[i - 1] || long[i] === long[i + 1]
  const position = long.match(POSITION_AT_END)?.index ?? long.length
  return doubled || i < position
}

/** The organ of the last full title of a sentence, lent to a bare 副主任 after it (县人大常委会主任A，副主任B). */
interface OrganContext {
  organ: string | null
  place: string | null
}

type Add = (name: string, roles: NameMention['roles']) => void

/**
 * Two titles printed without the 、 between them (市委副书记市长, as OCR or a careless setting leaves them): the head
 * of a government after a title of the party or the congress is a title of its own.
 */
function gluedTitles(title: string): string[] {
  const m = title.match(/^(.+?(?:书记|常委|主任|主席))((?:常务)?副?[省市县区旗]长)$/)
  return m && POSITION_AT_END.test(m[1]!) ? [m[1]!, m[2]!] : [title]
}

/** An item of a chain that names its own place (南充市委常委、仪陇县委书记) is that place's title, not the chain's. */
function placedItem(clause: string, item: TitleSpan): TitleSpan {
  const position = item.former ? null : item.title.match(POSITION_AT_END)
  if (!position || !divisionAt(clause, item.start)) return item
  return titleEndingAt(clause, item.start + position.index!, item.end, divisionAt) ?? item
}

/**
 * 县委副书记、县长陈桂雷; 仙居县委书记占雅静、县长马奇华; 寿光市委常委、统战部长曹建国; 副区长A、B、C — a named
 * place scopes the titles after it; the items of a chain share the first one's place; a list of names after
 * a title several people hold shares it.
 */
function titledNames(clause: string, home: string | null, organs: OrganContext, add: Add) {
  const scope = new Map<string, string>() // level → place named earlier in the clause
  POSITION.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = POSITION.exec(clause))) {
    const ps = m.index
    const pe = ps + m[0].length
    if (isSessionFunction(clause, ps, m[0])) continue
    const first = titleEndingAt(clause, ps, pe, divisionAt) ?? lentOrgan(clause, ps, pe, organs)
    if (!first) continue
    const chain: TitleSpan[] = [first]
    let end = pe
    while (clause[end] === '、' && !nameAt(clause, end + 1)) {
      const next = chainedTitleAt(clause, end + 1)
      if (!next) break
      chain.push(placedItem(clause, next))
      end = next.end
    }
    const name = nameAt(clause, end) ?? unsurnamedName(clause, end)
    POSITION.lastIndex = end
    if (!name) continue
    const roles: NameMention['roles'] = []
    let place: string | null = null
    for (const t of chain) {
      const title = dropGovernment(t.title)
      const level = titleLevel(title)
      if (t.kind === 'level') {
        if (t.named && level) scope.set(level, t.named)
        place = t.named ?? (level && scope.get(level)) ?? (t.kind === 'level' && organs.organ && t.title.startsWith(organs.organ) ? organs.place : null) ?? defaultPlace(title, home)
        const organ = organOf(t.title)
        if (organ) [organs.organ, organs.place] = [organ, place]
      } else if (t.kind === 'association' || t.kind === 'national') place = null
      // a chained title of another level has its own place (市委常委、区委书记 on a district's page)
      else if (level && level !== titleLevel(dropGovernment(chain[0]!.title))) place = scope.get(level) ?? defaultPlace(title, home)
      // 县政协党组书记、主席A: a bare position in the chain is of the organ the chain opened with
      if (!t.former) for (const one of gluedTitles(t.kind === 'chained' && organs.organ && BARE_POSITION.test(title) ? organs.organ + title : title)) roles.push({ title: one, place })
    }
    add(name, roles)
    end += name.length
    // 副区长梁栋、陈平、艾正兵: the names listed after a title several people hold share it
    let shared = chain.at(-1)!.former ? undefined : roles.at(-1)
    while (clause[end] === '、') {
      const next = nameAt(clause, end + 1) ?? (shared && isSharedTitle(shared.title) ? listedName(clause, end + 1) : null)
      // 区人大常委会原主任A、原一级巡视员B; 县委常委A、统战部长B: a title of the same place for the next name
      // (an item naming a place of its own, 五马街道党工委书记, is read by the main loop with that place)
      const titled = next ? null : chainedTitleAt(clause, end + 1)
      // 县人大副主任A、政府副县长B: the government named without its level is the county's too
      const government = !!titled && /^(?:人民)?政府/.test(titled.title)
      const titledName = titled && (government || !LEVEL_TITLE.test(titled.title)) ? nameAt(clause, titled.end) : null
      if (titled && titledName) {
        // 旗人大常委会主任A、副主任B、C: a bare 副主任 is of the organ before it, and the names after B share it
        const bare = dropGovernment(titled.title)
        const role = { title: organs.organ && BARE_POSITION.test(bare) ? organs.organ + bare : bare, place: government ? defaultPlace(bare, home) : place }
        add(titledName, titled.former ? [] : [role])
        shared = titled.former ? undefined : role
        end = titled.end + titledName.length
        continue
      }
      if (!next) break
      add(next, shared && isSharedTitle(shared.title) ? [shared] : [])
      end += 1 + next.length
    }
    POSITION.lastIndex = end
  }
}

/**
 * 旗委书记其其格主持: names of many peoples carry no Han surname. Right after a title and right before the verb of
 * a meeting, two to four characters are a name unless they are a word a clause puts there (亲自, 同志, 一行).
 */
function unsurnamedName(clause: string, at: number): string | null {
  const m = clause.slice(at).match(/^([\u4e00-\u9fff]{2,4}?)(?=主持|出席|讲话|强调|指出|参加|陪同|带队|宣布|致辞|列席)/)
  if (!m || /[的了在是和与及等并也都又还将把被对向从到为以就]/.test(m[1]!) || NOT_A_NAME.test(m[1]!)) return null
  return m[1]!
}


/** Positions an organ is left out of when a list repeats it: 县人大常委会主任A、副主任B. */
const BARE_POSITION = /^(?:副?主任|副?主席|副?书记|副?部长|副?局长|秘书长|常委|委员|党组成员|党组副?书记)$/

/**
 * A name of a list after a title several people hold, whose people carry no Han surname (巴图, 宝玉, 毕力格图):
 * the whole item, two to four characters between list marks, that no word of a clause could be.
 */
function listedName(clause: string, at: number): string | null {
  const m = clause.slice(at).match(/^([\u4e00-\u9fff]{2,4})(?=、|$|等|及)/)
  if (!m || /[的了在是和与及等并也都又还将把被对向从到为以就]/.test(m[1]!) || ORGAN_CHARS.test(m[1]!) || NOT_A_NAME.test(m[1]!)) return null
  return m[1]!
}


/** A title that starts with its level: read by the main loop with a place of its own. */
const LEVEL_TITLE = /^(?:常务)?(?:副|代)?(?:省|市|县|区|旗|镇|乡|街道)|[省市县区旗镇乡]|街道|苏木/

/** A bare 副主任 after 县人大常委会主任A in the same sentence is of the same organ. */
function lentOrgan(clause: string, ps: number, pe: number, organs: OrganContext): TitleSpan | null {
  if (!organs.organ || !BARE_POSITION.test(clause.slice(ps, pe))) return null
  if (ps > 0 && !/[由和及与、]$/.test(clause.slice(0, ps))) return null
  return { title: organs.organ + clause.slice(ps, pe), named: null, start: ps, end: pe, former: false, kind: 'level' }
}

/** Words a list of names follows: 县领导, 人大常委会领导, 执行主席由, 主席团常务主席, 成员, 由. */
const LIST_HEAD = /(?:领导|执行主席由?|常务主席|主席团成员|成员|委员|由|有)$/
/** Words a list of names is followed by: 等, 出席, 参加, 陪同, 担任, 在主席台就座, 带队, 主持. */
const LIST_TAIL = /^(?:等|出席|参加|陪同|担任|在主席台就座|就座|带队|一同|列席|主持|宣布|讲话|到会|参会|同志|分别|就(?=《|“)|作了|所作)/

/**
 * Names in lists and as the subject or object of a meeting's verbs, without inventing titles for them:
 * 县领导A、B、C等出席; A、B等区领导在主席台就座; 执行主席由A、B担任; 会议由大会执行主席A主持; 领导A带队.
 */
function leaderLists(clause: string, add: Add) {
  const items = clause.split('、')
  // inside a list, a name may carry no Han surname (毕力格图): the whole item, where no word of a clause is
  const isName = items.map((item) => looksLikeName(item) || listedName(item, 0) === item)
  // where the run of names from each item stops (the last item, or the first that is not a name), found once from
  // the end: a run found again from every item made a list of thousands of names quadratic
  const stop: number[] = new Array(items.length)
  for (let k = items.length - 1; k >= 0; k--) stop[k] = k === items.length - 1 || !isName[k] ? k : stop[k + 1]!
  for (let i = 0; i < items.length; i++) {
    const end = i + 1 < items.length ? stop[i + 1]! : i
    const size = end - i + 1
    const lastItem = size > 1 ? items[end]! : null
    const last = lastItem !== null ? nameAt(lastItem, 0) : null
    // 王某与A、B、C一同来到: names after 与/同 are a list when a verb of going together closes it
    const companions = !!last && closesList(lastItem!.slice(last.length))
    const first = nameEnding(items[i]!) ?? (companions ? nameEnding(items[i]!, COMPANION_HEAD) : null)
    if (!first) continue
    const head = LIST_HEAD.test(first.before) || (companions && COMPANION_HEAD.test(first.before))
    if (size === 1 || !last) {
      // one name: only between a list head and a tail (会议由大会执行主席戴启常主持, 领导姚志强带队)
      const one = nameAt(items[i]!, first.at)
      if (one && head && LIST_TAIL.test(items[i]!.slice(first.at + one.length))) add(one, [])
      continue
    }
    // without a head, the list must open the clause and end in a verb of attending or a group of leaders
    if (!head && !(i === 0 && first.before === '' && closesList(lastItem!.slice(last.length)))) continue
    for (const n of [first.name, ...items.slice(i + 1, end), last]) add(n, [])
    i = end - 1
  }
}

/** 等区领导和主席团成员在主席台就座, 等出席, 担任: what may follow the last name of a list of people. */
function closesList(rest: string): boolean {
  if (/^等/.test(rest)) return /^等[\u4e00-\u9fff]{0,12}?(?:领导|负责人|同志|出席|参加|陪同|就座|列席|到会)/.test(rest)
  return LIST_TAIL.test(rest)
}

const COMPANION_HEAD = /[与同]$/

/** The name an item ends with (its last 3 or 2 characters), and the text before it. */
function nameEnding(item: string, listHead = LIST_HEAD): { name: string; before: string; at: number } | null {
  const ending = nameEndingAfter(item, listHead)
  if (ending) return { name: ending, before: item.slice(0, -ending.length), at: item.length - ending.length }
  // a single name inside the item, after a list head: 由大会执行主席戴启常主持
  if (!/领导|主席|由|委员/.test(item)) return null
  for (const m of item.matchAll(/(?:领导|执行主席|常务主席|由|委员)(?=[\u4e00-\u9fff]{2,3})/g)) {
    const at = m.index + m[0].length
    if (nameAt(item, at)) return { name: nameAt(item, at)!, before: item.slice(0, at), at }
  }
  return null
}
