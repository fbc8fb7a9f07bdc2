// The year a page was printed, where it prints none as a fact: what its content dates by itself. An anniversary of
// a national founding event (中国共产党成立100周年 → 2021), the report of a year just closed printed in a title
// (《关于2012年度…审计工作报告》 is heard in 2013), a five-year plan as the present (“十四五”: 2021–2025; its
// 开局 2021, its 收官 2025).
import { parseNumber } from '../lib/chinese-numerals'

/** Founding years of the events papers count anniversaries of. */
const FOUNDED: [RegExp, number][] = [
  [/(?:中国共产党|建党|党的)(?:成立|诞生)?$/, 1921],
  [/(?:中华人民共和国|新中国)(?:成立)?$|建国$/, 1949],
  [/改革开放$/, 1978],
  [/(?:中国人民解放军|人民军队)(?:建军|成立)?$|建军$/, 1927],
  [/抗日战争(?:暨世界反法西斯战争)?胜利$|抗战胜利$/, 1945],
  [/红军长征胜利$|长征胜利$/, 1936],
  [/五四运动$/, 1919],
  [/香港回归(?:祖国)?$/, 1997],
  [/澳门回归(?:祖国)?$/, 1999],
]

export interface YearCue {
  /** the years the cue allows, first and last */
  from: number
  to: number
  text: string
}

const ANNIVERSARY = /(\d{1,3}|[一二三四五六七八九十百]{1,4})\s*周年/g
/** 十二五 … 十五五: the third plan began in 1966 (after three years of adjustment), each since five years later. */
const FIVE_YEAR_PLAN = /[“"]?(十[一二三四五六七八九]五)[”"]?(?:规划|时期|期间|以来)?(?:圆满|顺利|良好)?(开局|收官)?/g
const CLOSED_YEAR_REPORT = /((?:19|20)\d{2})\s*年度[^》]{0,40}?(?:执行|审计|决算|工作报告|工作总结|考核|述职)/g

export function yearCues(text: string): YearCue[] {
  const cues: YearCue[] = []
  for (const m of text.matchAll(ANNIVERSARY)) {
    const n = parseNumber(m[1]!)
    const before = text.slice(Math.max(0, m.index - 16), m.index)
    const founded = FOUNDED.find(([re]) => re.test(before))?.[1]
    if (n && founded) cues.push({ from: founded + n, to: founded + n, text: `${before.slice(-6)}${m[0]}` })
  }
  for (const m of text.matchAll(CLOSED_YEAR_REPORT)) {
    const y = Number(m[1])
    cues.push({ from: y + 1, to: y + 1, text: m[0].slice(0, 12) })
  }
  for (const m of text.matchAll(FIVE_YEAR_PLAN)) {
    const n = parseNumber(m[1]!.slice(0, -1))
    if (!n) continue
    const start = 1966 + 5 * (n - 3)
    // the year a plan opens (“十四五”开局之年: 2021) or closes (“十三五”收官: 2020) is one year of its five
    const year = m[2] === '开局' ? start : m[2] === '收官' ? start + 4 : null
    cues.push({ from: year ?? start, to: year ?? start + 4, text: m[0] })
  }
  return cues
}

/** The years every cue allows together (an anniversary inside a plan's years), or null when they disagree. */
export function yearsOfCues(cues: readonly YearCue[]): { from: number; to: number; evidence: string[] } | null {
  if (!cues.length) return null
  let from = -Infinity
  let to = Infinity
  for (const c of cues) [from, to] = [Math.max(from, c.from), Math.min(to, c.to)]
  return from <= to ? { from, to, evidence: [...new Set(cues.map((c) => c.text))] } : null
}
