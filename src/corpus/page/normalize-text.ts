// Stage: clean each line the way a reader would read it: OCR spacing inside numbers and dates, full-width
// spaces, doubled characters of OCR'd ads and slogans. Line numbers are kept; the raw text stays in the file.
import type { SourceLine } from './front-matter'
import { type Reporter, silentReporter } from '../lib/diagnostics'

export interface NormalLine extends SourceLine {
  /** the line as printed, before normalisation */
  raw: string
  /** markdown hard break: the line ended with two spaces */
  hardBreak: boolean
  /** the line was made of doubled characters (农农信信 → 农信), typical of OCR'd display type */
  undoubled: boolean
  /** the cells of a table row: columns set apart by runs of spaces or by | */
  cells: string[] | null
}

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff'
const CJK_PUNCT = '，。、；：？！“”‘’（）《》【】—…·'
const SPACE_AROUND_DIGIT = new RegExp(`(?<=[0-9.%])[ \\t]+(?=[${CJK}${CJK_PUNCT}])|(?<=[${CJK}${CJK_PUNCT}])[ \\t]+(?=[0-9])`, 'g')
const SPACE_AFTER_PUNCT = new RegExp(`(?<=[，。、；：？！”）》】])[ \\t]+`, 'g')
const SPACE_BEFORE_PUNCT = new RegExp(`[ \\t]+(?=[，。、；：？！”）》】“（《])`, 'g')

/** Every line cleaned; a line read back from doubled display type is reported with both forms. */
export function normalizeLines(lines: SourceLine[], report: Reporter = silentReporter): NormalLine[] {
  return lines.map((l) => {
    const n = normalizeLine(l)
    if (n.undoubled) report.warn('normalize/undoubled', `read as doubled display type: ${l.text.trim()} → ${n.text}`, l.no)
    return n
  })
}

export function normalizeLine(line: SourceLine): NormalLine {
  // two spaces at the end (Markdown's hard break), read from the end: / {2,}$/ tries every space of a long run
  const hardBreak = line.text.endsWith('  ')
  const text = cleanText(line.text)
  const undoubled = undoubleLine(text)
  const cells = tableCells(line.text)
  return { no: line.no, raw: line.text, text: cells ? cells.join(' ') : (undoubled ?? text), hardBreak, undoubled: undoubled != null, cells }
}

/** Spaces as a reader reads them: none inside numbers and dates or around Chinese punctuation, one elsewhere. */
function cleanText(raw: string): string {
  const text = raw
    .replace(/[\u3000\u00a0\u2002-\u200b\ufeff]/g, ' ')
    .replace(/\t/g, ' ')
    .trim()
    .replace(/ {2,}/g, ' ')
  return text.replace(SPACE_AROUND_DIGIT, '').replace(SPACE_AFTER_PUNCT, '').replace(SPACE_BEFORE_PUNCT, '')
}

/**
 * A row of a table printed as text: three or more cells set apart by runs of two or more spaces (or tabs),
 * or by | as in markdown. Cells are normalised like any text.
 */
function tableCells(raw: string): string[] | null {
  const line = raw.replace(/\u3000/g, '  ').trim()
  let cells: string[]
  if (/^\|.*\|$/.test(line)) {
    if (/^\|[\s:|-]+\|$/.test(line)) return null
    cells = line.slice(1, -1).split('|')
  } else cells = line.split(/\t+| {2,}/)
  cells = cells.map((c) => cleanText(c)).filter((c) => c !== '')
  return cells.length >= 3 && cells.length <= 12 && cells.every((c) => c.length <= 30) ? cells : null
}

/**
 * OCR of large display type often reads every character twice: 农农信信手手机机银银行行.
 * Real words double a character too (谢谢, 常常, 人人), but never three pairs in a row for a whole line,
 * so only a line made entirely of at least three such pairs is collapsed — and only of Chinese characters,
 * at least two of them different: 哈哈哈哈哈哈, ★★★★★★, 66668888 and 112233 are printed that way.
 */
export function undoubleLine(text: string): string | null {
  const parts = text.split(' ')
  const out: string[] = []
  let pairs = 0
  for (const part of parts) {
    if (part.length % 2 !== 0) return null
    let half = ''
    for (let i = 0; i < part.length; i += 2) {
      if (part[i] !== part[i + 1]) return null
      half += part[i]
      pairs++
    }
    out.push(half)
  }
  const half = out.join('')
  if (pairs < 3 || !/^[\u3400-\u9fff]+$/.test(half) || new Set(half).size < 2) return null
  return out.join(' ')
}

