// Stage helpers: bylines and photo credits. 本报讯（记者 A B C）, □ 记者 A, □ 通讯员 A B, 本报记者 A 通讯员 B,
// credits 陈培勇 摄 and 周晴 刘俊杰 李茂清 / 摄影报道. A pen name (松纪宣) is a name like any other. Bylines may
// name the paper or media centre (寿光日报记者 A, 某某市融媒体中心记者A 通讯员B, □融媒记者 A), join role and name
// with nothing or an underscore (本报记者_A), and print a space inside a two-character name (王 欢).
import { ORGAN_CHARS } from '../lexicon/name-words'
import { looksLikeName, surnameLength } from '../lexicon/surnames'
import { foldWidth } from '../lib/width'
import type { Byline } from '../../shared/corpus-schema'

export const emptyByline = (): Byline => ({ reporters: [], correspondents: [], photographers: [] })

const NAME = '[\\u4e00-\\u9fff·]{2,4}'
/** 本报讯, 本台讯, 某某融媒体中心讯, 新华社北京3月5日电 — the dateline of a report, its byline in brackets after it. */
const LEAD = /^(?:本报(?:[\u4e00-\u9fff\d]{2,8})?讯|本台讯|本网讯|[\u4e00-\u9fff]{2,12}?(?:融媒体中心|融媒|日报|新闻网|广播电视台|电视台)讯(?!员)|新华社[\u4e00-\u9fff]{0,6}\d{1,2}月\d{1,2}日电)\s*(?:[（(]([^）)]{0,60})[）)])?\s*/
const UNBRACKETED_LEAD_BYLINE = /^((?:本报|融媒体?)?(?:首席|见习|特约|实习)?(?:记者|通讯员)[^，。：:（(]{1,30}?)\s*(?:报道)?\s*[：:]\s*/
/** 本报讯 记者 李洋 4月27日下午，…: the byline without brackets ends where the lead opens with its day */
const UNBRACKETED_BEFORE_DAY = /^((?:本报|融媒体?)?(?:首席|见习|特约|实习)?(?:记者|通讯员)[\s\u4e00-\u9fff]{2,30}?)\s*(?=\d{1,2}\s*月|\d{1,2}\s*日|近日|日前|昨日|昨天|今天|今日|当天)/
/** The media a byline may name before the role: 本报, 融媒, 寿光日报, 某某市融媒体中心. */
const MEDIA = '(?:本报|本台|本网|融媒体|全媒体|融媒|[\\u4e00-\\u9fff]{1,12}?(?:日报|晚报|报社|融媒体中心|融媒中心|新闻中心|广播电视台|电视台|传媒集团|新闻网))?'
/** A media centre named alone before its writers: （县融媒体中心 张三）. */
const MEDIA_ONLY = '[\\u4e00-\\u9fff]{1,12}?(?:融媒体中心|融媒中心|新闻中心)'
const ROLE_AT = new RegExp(`^${MEDIA}(首席|见习|特约|实习)?(摄影记者|记者|通讯员|实习生|摄影|摄像|摄|撰稿)|^(文\\s*/\\s*图|文图|文|图)(?=\\s*[/：:\\s]|$)|^(${MEDIA_ONLY})(?=[\\s_])`)
const BARE_ROLE = /^(?:本报|首席|见习|特约|实习)?(?:摄影记者|记者|通讯员|实习生|摄影|摄像|摄|撰稿)/
const SPACED_NAME_AT = /^([\u4e00-\u9fff]) ([\u4e00-\u9fff])(?=$|[\s、，_/）)])/
const MARKER = /^[□■◇◆▲△●○★☆]\s*/

/** Two to four Chinese characters up to the next separator or role word (付惠敏通讯员刘波 → 付惠敏). */
function nameAtStart(text: string): string | null {
  const run = text.match(/^[\u4e00-\u9fff·]{2,}/)?.[0]
  if (!run) return null
  let end = 2
  while (end < Math.min(run.length, 4) && !BARE_ROLE.test(run.slice(end))) end++
  return end === run.length || BARE_ROLE.test(run.slice(end)) ? run.slice(0, end) : null
}

/** The first name of a run of two or three names glued together (吴群张雯婧, 叶如舟杨益达), each part a plausible name. */
function firstOfGlued(text: string): string | null {
  const run = text.match(/^[\u4e00-\u9fff]{4,9}/)?.[0]
  if (!run) return null
  const parts = (from: number): string[] | null => {
    if (from === run.length) return []
    for (const len of [3, 2]) {
      const part = run.slice(from, from + len)
      const more = part.length === len && looksLikeName(part) && !ORGAN_CHARS.test(part) ? parts(from + len) : null
      if (more) return [part, ...more]
    }
    return null
  }
  const names = parts(0)
  return names && names.length >= 2 ? names[0]! : null
}

/**
 * The names of a byline written without brackets or inside them: "寿光日报记者 尹桂建", "记者付惠敏 通讯员刘波",
 * "本报记者_阙杨娜", "记者 王 欢 摄". Null unless every part is a role word or a name. `labelled` tells whether a
 * role word was printed (an unlabelled "（李晶晶 刘璇）" is only a byline where the article has no other).
 */
export function parseBylineText(text: string): { byline: Byline; labelled: boolean } | null {
  const byline = emptyByline()
  let rest = foldWidth(text).trim().replace(MARKER, '')
  let into: keyof Byline = 'reporters'
  let labelled = false
  let bothWaysFrom = -1
  const sinceRole: string[] = []
  while (rest) {
    const sep = rest.match(/^[\s、，_/：:]+/)
    if (sep) {
      rest = rest.slice(sep[0].length)
      continue
    }
    const role = rest.match(ROLE_AT)
    // （记者 A 通讯员 B 文/图）: a closing 文/图 says the named made words and pictures; nothing more to read
    if (role?.[3] && role[0].length === rest.length && byline.reporters.length + byline.correspondents.length) {
      labelled = true
      break
    }
    if (role) {
      labelled = true
      // 文/张三 图/李四: 文 writes, 图 photographs, 文/图 does both
      const word = role[2] ?? (role[3] ? (role[3].includes('图') && !role[3].startsWith('文') ? '摄' : '记者') : '记者')
      if (role[3] && /文.*图|文图/.test(role[3])) bothWaysFrom = byline.reporters.length
      if (word === '实习生') into = 'reporters'
      // "记者 王欢 摄": a trailing 摄 makes the names before it photographers
      if (/^摄/.test(word) && sinceRole.length && rest.length === role[0].length) {
        for (const n of sinceRole) byline[into].splice(byline[into].indexOf(n), 1)
        byline.photographers.push(...sinceRole)
      }
      into = word === '通讯员' ? 'correspondents' : /摄/.test(word) ? 'photographers' : 'reporters'
      sinceRole.length = 0
      rest = rest.slice(role[0].length)
      continue
    }
    // 张三 报道: the word after the names adds nothing
    if (/^报道$/.test(rest) && labelled) break
    const spaced = rest.match(SPACED_NAME_AT)
    // （通讯员吴群张雯婧）: names glued where the space between them was lost, parted where each part is a name
    let name = spaced ? spaced[1]! + spaced[2]! : (nameAtStart(rest) ?? (labelled ? firstOfGlued(rest) : null))
    if (!name) return null
    // （通讯员王明李强）: two names of two characters glued, where a four-character name has no compound surname
    if (!spaced && labelled && name.length === 4 && surnameLength(name) === 1 && looksLikeName(name.slice(0, 2)) && looksLikeName(name.slice(2))) name = name.slice(0, 2)
    rest = rest.slice(spaced ? spaced[0].length : name.length)
    // 李红/文 张三/图: the role written after the name, for that name only
    const after = rest.match(/^\s*\/\s*(文|图|摄)(?=$|[\s、，])/)
    if (after) {
      labelled = true
      byline[after[1] === '文' ? 'reporters' : 'photographers'].push(name)
      rest = rest.slice(after[0].length)
      continue
    }
    byline[into].push(name)
    sinceRole.push(name)
  }
  if (bothWaysFrom >= 0) for (const n of byline.reporters.slice(bothWaysFrom)) if (!byline.photographers.includes(n)) byline.photographers.push(n)
  const names = byline.reporters.length + byline.correspondents.length + byline.photographers.length
  if (!names) return null
  // unlabelled, the parts must all look like personal names: （群众评委名单详见今日本报第2版） is no byline
  if (!labelled && ![...byline.reporters].every(looksLikeName)) return null
  return { byline, labelled }
}

const CREDIT_SUFFIX = /(?:\s+|\s*\/\s*)(摄影报道|摄影|摄)$/
const NAME_LIST = new RegExp(`^${NAME}(?:[\\s、，]+${NAME})*$`)

export interface BylineLine {
  byline: Byline
  /** the text that follows the byline on the same line (the lead paragraph after 本报讯（…）) */
  rest: string
  kind: 'lead' | 'standalone'
}

/** 本报讯（…）lead lines and standalone bylines; null when the line is neither. */
export function parseBylineLine(raw: string): BylineLine | null {
  const text = foldWidth(raw)
  const lead = text.match(LEAD)
  if (lead) {
    // 本报讯 记者张三 通讯员李四 报道：… — the byline after the dateline without brackets, closed by 报道 or a colon
    const after = text.slice(lead[0].length)
    const bare = lead[1] === undefined ? (after.match(UNBRACKETED_LEAD_BYLINE) ?? after.match(UNBRACKETED_BEFORE_DAY)) : null
    const parsed = bare ? parseBylineText(bare[1]!) : null
    if (bare && parsed?.labelled) return { byline: parsed.byline, rest: raw.slice(lead[0].length + bare[0].length), kind: 'lead' }
    return { byline: parseBylineText(lead[1] ?? '')?.byline ?? emptyByline(), rest: raw.slice(lead[0].length), kind: 'lead' }
  }
  // a line that is only a labelled byline: □融媒记者 颜元滔, 本报记者_许洋洋, 寿光日报记者 尹桂建
  const whole = text.length <= 40 ? parseBylineText(text.replace(/^[（(](.*)[）)]$/, '$1')) : null
  // (a photo credit, 周晴 刘俊杰 摄影报道, is read as one: parseCredit)
  if (whole?.labelled && !/摄$/.test(text) && !CREDIT_SUFFIX.test(text)) return { byline: whole.byline, rest: '', kind: 'standalone' }
  return null
}

/**
 * A photo credit: "陈培勇 摄", "记者 宋词 摄", or a line of names whose next line is "摄影报道".
 * Returns the photographers, and whether the next line was used.
 */
export function parseCredit(text: string, next: string | undefined): { photographers: string[]; usesNext: boolean } | null {
  const suffix = text.match(CREDIT_SUFFIX)
  if (suffix) {
    const names = text.slice(0, suffix.index).replace(/^(?:本报)?(?:记者|通讯员)\s*/, '').trim()
    if (names && NAME_LIST.test(names)) return { photographers: splitNames(names), usesNext: false }
    return null
  }
  if (next && /^(摄影报道|摄影|摄)$/.test(next.trim()) && NAME_LIST.test(text.trim())) {
    return { photographers: splitNames(text), usesNext: true }
  }
  return null
}

const splitNames = (s: string) => s.split(/[\s、，]+/).filter(Boolean)
