// A headline that lists people by spaces (张三 李四出席 王五主持) read as the clauses the body would print, so the
// name rules read it as they read a sentence.
import { looksLikeName } from '../lexicon/surnames'

/** What a headline of names says they did: 张三 李四出席 王五主持. */
const HEADLINE_DEED = /^([\u4e00-\u9fff]{2,3}?)(出席|主持|讲话|参加|陪同|致辞|调研|督导|带队|宣讲|讲授|授课)$/

/**
 * A headline lists names with spaces (张三 李四出席): read them as the 、-list the body would print. A headline made
 * only of names and what they did (张三 李四出席 王五主持) is read as its clauses, each list headed as the body heads
 * one (张三、李四出席，领导王五主持), so no deed is read as part of a name.
 */
export function spacedNamesAsList(title: string): string {
  const tokens = title.trim().split(/\s+/)
  const deeds = tokens.map((t) => t.match(HEADLINE_DEED)).map((m) => (m && looksLikeName(m[1]!) ? m : null))
  if (tokens.length > 1 && deeds.some(Boolean) && tokens.every((t, k) => deeds[k] || looksLikeName(t))) {
    const clauses: string[] = []
    let names: string[] = []
    tokens.forEach((t, k) => {
      const deed = deeds[k]
      if (!deed) return void names.push(t)
      // a lone name is headed as the body heads one (领导张三主持); a list opening its clause needs no head
      clauses.push(`${names.length ? '' : '领导'}${[...names, deed[1]!].join('、')}${deed[2]}`)
      names = []
    })
    return clauses.join('，') + (names.length ? `，${names.join('、')}` : '')
  }
  return title.replace(/([\u4e00-\u9fff]{2,3}) (?=[\u4e00-\u9fff]{2,3})/g, (whole, name: string, at: number) => {
    const next = title.slice(at + whole.length).match(/^[\u4e00-\u9fff]{2,3}/)![0]
    return looksLikeName(name) && (looksLikeName(next) || looksLikeName(next.slice(0, 2))) ? `${name}、` : whole
  })
}
