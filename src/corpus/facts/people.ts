// Stage, pass 1: names read where they are certain — after a title (县委书记董智武), before one (省委车俊书记,
// 习近平总书记), in lists of leaders (县领导A、B、C等出席), in bylines and credits. Each mention keeps its
// title, place and sentence.
import { isNameEnd, nameAt, nameBefore } from '../lib/names'
import { articleSentences } from '../lib/sentences'
import { looksLikeName } from '../lib/surnames'
import { defaultPlace, placeBefore, placeLevel, TITLE, TITLE_AT_START, titleLevel } from '../lib/titles'
import type { Article } from '../schema'

export interface NameMention {
  name: string
  kind: 'official' | 'journalist' | 'person'
  /** titles with their places; empty for a name seen only in a list */
  roles: { title: string; place: string | null }[]
  articleId: string
  sentence: string
}

export function findNameMentions(article: Article, home: string | null): NameMention[] {
  const out: NameMention[] = []
  // a byline name without a surname is a pen name (松纪宣: a desk, not a person): credited, not a person
  for (const key of ['reporters', 'correspondents', 'photographers', 'editors'] as const) {
    for (const name of article.byline[key] ?? []) if (looksLikeName(name)) out.push({ name, kind: 'journalist', roles: [], articleId: article.id, sentence: '' })
  }
  for (const { text } of articleSentences(article)) {
    const add = (name: string, roles: NameMention['roles']) => out.push({ name, kind: 'official', roles, articleId: article.id, sentence: text })
    for (const clause of text.split(/[，。；：！？]/)) {
      titledNames(clause, home, add)
      namedBeforeTitle(clause, home, add)
      leaderLists(clause, add)
    }
  }
  return out
}

/** 县委副书记、县长陈桂雷; 仙居县委书记占雅静、县长马奇华 — a named place scopes the titles after it. */
function titledNames(clause: string, home: string | null, add: (name: string, roles: NameMention['roles']) => void) {
  const scope = new Map<string, string>() // level → place named earlier in the clause
  TITLE.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = TITLE.exec(clause))) {
    const roles: NameMention['roles'] = []
    let at = m.index
    let end = at
    // a chain of titles joined by 、 before one name
    for (;;) {
      const title = clause.slice(at).match(TITLE_AT_START)?.[0]
      if (!title) break
      const named = placeBefore(clause, at, title)
      const level = titleLevel(title)
      if (named && level) scope.set(level, named)
      const place = named ?? (level && scope.get(level)) ?? (level && level === placeLevelOfScope(scope, level) ? null : defaultPlace(title, home))
      roles.push({ title, place })
      end = at + title.length
      if (clause[end] === '、' && TITLE_AT_START.test(clause.slice(end + 1))) at = end + 1
      else break
    }
    const name = nameAt(clause, end)
    if (name) {
      add(name, roles)
      TITLE.lastIndex = end + name.length
    } else TITLE.lastIndex = end
  }
}

function placeLevelOfScope(scope: Map<string, string>, level: string): string | null {
  const place = scope.get(level)
  return place ? placeLevel(place) : null
}

/** 省委车俊书记, 市委胡海峰书记, 习近平总书记 */
function namedBeforeTitle(clause: string, home: string | null, add: (name: string, roles: NameMention['roles']) => void) {
  for (const m of clause.matchAll(/(省|市|县|区)委([\u4e00-\u9fff]{2,3}?)(副?书记)/g)) {
    if (!looksLikeName(m[2]!) || !isNameEnd(clause.slice(m.index + m[0].length))) continue
    const title = `${m[1]}委${m[3]}`
    add(m[2]!, [{ title, place: defaultPlace(title, home) }])
  }
  for (const m of clause.matchAll(/总书记/g)) {
    if (clause.slice(m.index - 1, m.index) === '党' || clause.slice(m.index - 1, m.index) === '记') continue
    const name = nameBefore(clause, m.index)
    if (name) add(name, [{ title: '总书记', place: null }])
  }
}

const GROUP_AFTER = /^等?(?:(?:县|市|区|镇|乡)(?:四套班子)?(?:领导|负责人)|领导|同志)?(?:同志)?(?:出席|参加|陪同|到会)/

/** 县领导曾上俊、陈栋、邱忠瑜等出席; 许益伟、曾上俊、周基斌等县四套班子领导参加 */
function leaderLists(clause: string, add: (name: string, roles: NameMention['roles']) => void) {
  for (const m of clause.matchAll(/((?:[\u4e00-\u9fff]{2,4}、)*[\u4e00-\u9fff]{2,4}?)(?=等|出席|参加|陪同)/g)) {
    let list = m[1]!
    const lead = list.match(/^(?:.*?)(?:县|市|区|镇|乡)?领导/)
    if (lead) list = list.slice(lead[0].length)
    const after = clause.slice(m.index + m[0].length)
    if (!lead && !GROUP_AFTER.test(after)) continue
    const names = list.split('、')
    // the first item may have clause text glued in front: keep its last 2–3 characters if they are a name
    names[0] = [3, 2].map((n) => names[0]!.slice(-n)).find((n) => looksLikeName(n) && names.length > 1) ?? names[0]!
    if (!names.every(looksLikeName)) continue
    for (const name of names) add(name, [])
  }
}
