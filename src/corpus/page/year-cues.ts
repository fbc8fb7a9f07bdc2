// The year a page was printed, where it prints none as a fact: what its content dates by itself. An anniversary of
// a national founding event (中国共产党成立100周年 → 2021), the report of a year just closed printed in a title
// (《关于2012年度…审计工作报告》 is heard in 2013), a five-year plan as the present (“十四五”: 2021–2025; its
// 开局 2021, its 收官 2025), a national campaign or a Central Committee plenum studied as present business.
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

/**
 * National campaigns and congresses a page speaks of as present business, with the years they ran (and the year
 * after, while papers still report studying them). Dated by their own calendar, the same for every county.
 */
const CAMPAIGNS: [RegExp, number, number][] = [
  [/党的群众路线教育实践活动/g, 2013, 2014],
  [/[“"]?三严三实[”"]?专题教育/g, 2015, 2016],
  [/[“"]?两学一做[”"]?学习教育/g, 2016, 2018],
  [/[“"]?不忘初心、牢记使命[”"]?主题教育/g, 2019, 2020],
  [/脱贫攻坚决战之年|决战[决完]胜脱贫攻坚/g, 2020, 2020],
  [/新冠肺炎/g, 2020, 2022],
  [/党史学习教育/g, 2021, 2022],
  [/学习贯彻习近平新时代中国特色社会主义思想主题教育/g, 2023, 2024],
  [/党纪学习教育/g, 2024, 2025],
  [/(?:党的)?十八大(?:精神|胜利召开|报告)/g, 2012, 2017],
  [/(?:党的)?十九大(?:精神|胜利召开|报告)/g, 2017, 2022],
  [/(?:党的)?二十大(?:精神|胜利召开|报告)/g, 2022, 2027],
]

/** The year each plenary session of a Central Committee sat: 十九届五中全会 → 2020 (studied into the next year). */
const PLENUMS: Record<string, number[]> = {
  十七: [2007, 2008, 2008, 2009, 2010, 2011, 2012],
  十八: [2012, 2013, 2013, 2014, 2015, 2016, 2017],
  十九: [2017, 2018, 2018, 2019, 2020, 2021, 2022],
  二十: [2022, 2023, 2024, 2025],
}
const PLENUM = /(十[七八九]|二十)届(?:中央委员会第)?([一二三四五六七])(?:中全会|次全体会议)/g

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
  for (const [re, from, to] of CAMPAIGNS) for (const m of text.matchAll(re)) cues.push({ from, to, text: m[0] })
  for (const m of text.matchAll(PLENUM)) {
    const year = PLENUMS[m[1]!]?.[parseNumber(m[2]!)! - 1]
    if (year) cues.push({ from: year, to: year + 1, text: m[0] })
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
