// Chinese numerals: 二 → 2, 十五 → 15, 一百零八 → 108, 两万 → 20000, 二〇一九 → 2019 (digit by digit).

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 }

export const CHINESE_NUMERAL_CHARS = '〇零一二两三四五六七八九十百千万亿'

/** Arabic or Chinese numerals to a number; null when the text is not a number. */
export function parseNumber(text: string): number | null {
  const t = text.trim()
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t)
  if (!t || ![...t].every((c) => c in DIGITS || c in SMALL_UNITS || c in BIG_UNITS)) return null
  // 二〇一九: a year written digit by digit
  if (t.length > 1 && [...t].every((c) => c in DIGITS)) return Number([...t].map((c) => DIGITS[c]).join(''))
  let total = 0
  let section = 0
  let digit: number | null = null
  for (const c of t) {
    if (c in DIGITS) digit = DIGITS[c]!
    else if (c in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[c]!
      digit = null
    } else {
      section += digit ?? 0
      total = (total + (section || (total ? 0 : 1))) * BIG_UNITS[c]!
      section = 0
      digit = null
    }
  }
  return total + section + (digit ?? 0)
}
