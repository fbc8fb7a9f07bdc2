// Stage helpers: bylines and photo credits. 本报讯（记者 A B C）, □ 记者 A, □ 通讯员 A B, 本报记者 A 通讯员 B,
// credits 陈培勇 摄 and 周晴 刘俊杰 李茂清 / 摄影报道. A pen name (松纪宣) is a name like any other.
import type { Byline } from '../schema'

export const emptyByline = (): Byline => ({ reporters: [], correspondents: [], photographers: [] })

const NAME = '[\\u4e00-\\u9fff·]{2,4}'
const ROLE_WORD = /^(本报)?(见习|特约|实习)?(记者|通讯员|摄影记者|摄影|摄)$/
const LEAD = /^本报讯\s*(?:[（(]([^）)]{0,60})[）)])?\s*/
const STANDALONE = /^[□■◇◆▲△●○★☆]?\s*(?:本报)?(?:见习|特约|实习)?(?:记者|通讯员)\s/
const CREDIT_SUFFIX = /(?:\s+|\s*\/\s*)(摄影报道|摄影|摄)$/
const NAME_LIST = new RegExp(`^${NAME}(?:[\\s、，]+${NAME})*$`)

export interface BylineLine {
  byline: Byline
  /** the text that follows the byline on the same line (the lead paragraph after 本报讯（…）) */
  rest: string
  kind: 'lead' | 'standalone'
}

/** 本报讯（…）lead lines and standalone bylines; null when the line is neither. */
export function parseBylineLine(text: string): BylineLine | null {
  const lead = text.match(LEAD)
  if (lead) return { byline: rolesFrom(lead[1] ?? ''), rest: text.slice(lead[0].length), kind: 'lead' }
  if (!STANDALONE.test(text)) return null
  const body = text.replace(/^[□■◇◆▲△●○★☆]\s*/, '')
  const tokens = body.split(/[\s、，/]+/).filter(Boolean)
  if (!tokens.every((t) => ROLE_WORD.test(t) || new RegExp(`^${NAME}$`).test(t))) return null
  return { byline: rolesFrom(body), rest: '', kind: 'standalone' }
}

/** The names inside a byline, by role: "记者 苏意伟 林晓慧 通讯员 陈汇". */
export function rolesFrom(text: string): Byline {
  const byline = emptyByline()
  let into: keyof Byline = 'reporters'
  for (const token of text.split(/[\s、，/]+/).filter(Boolean)) {
    const role = token.match(ROLE_WORD)
    if (role) {
      into = role[3] === '通讯员' ? 'correspondents' : /摄/.test(role[3]!) ? 'photographers' : 'reporters'
      continue
    }
    // "记者苏意伟" written without a space
    const glued = token.match(/^(?:本报)?(?:见习|特约|实习)?(记者|通讯员)(.{2,4})$/)
    if (glued) {
      into = glued[1] === '通讯员' ? 'correspondents' : 'reporters'
      byline[into].push(glued[2]!)
      continue
    }
    if (new RegExp(`^${NAME}$`).test(token)) byline[into].push(token)
  }
  return byline
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
