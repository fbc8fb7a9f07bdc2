// Stage: what each printed line is — a byline, a photo credit, a "continued on page N" marker, an ad line,
// a markdown heading, or running text — before the lines are grouped into articles.
import { parseNumber } from '../lib/chinese-numerals'
import type { Byline } from '../../shared/corpus-schema'
import { parseBylineLine, parseBylineText, parseCredit } from './bylines'
import type { NormalLine } from './normalize-text'
import { foldWidth } from '../lib/width'

type LineRole =
  | { kind: 'lead'; byline: Byline; rest: string }
  | { kind: 'byline'; byline: Byline }
  | { kind: 'credit'; photographers: string[]; lines: NormalLine[] }
  /** a photo caption closed by its credit: …会议开幕。记者 王 欢 摄 */
  | { kind: 'caption'; photographers: string[]; text: string }
  | { kind: 'teaser-marker'; toPage: number | null; title: string }
  | { kind: 'continued'; toPage: number | null; text: string }
  /** running text closed by a byline glued to its last sentence (…听取意见建议。本报记者_王五): it ends its article */
  | { kind: 'signed-text'; byline: Byline; text: string }
  /** （上接第一版）: the rest of an article begun on another page */
  | { kind: 'continued-from'; fromPage: number | null; text: string }
  | { kind: 'ad' }
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'table-row'; cells: string[] }
  | { kind: 'text' }

export interface RoledLine {
  line: NormalLine
  role: LineRole
}

const TEASER = /\s*[（(]?\s*>{2,}\s*(?:第?\s*([0-9一二三四五六七八九十]+)\s*版?)?\s*[)）]?$/
// (or alone on a line of its own, as narrow columns print it: 下转第四版)
const CONTINUED = /(?:[（(]\s*(?:下转|转至|转|接)第?\s*([0-9一二三四五六七八九十]+)\s*版\s*[)）]|(?<=[。！？”]|^)\s*(?:下转|转至|转)第?\s*([0-9一二三四五六七八九十]+)\s*版)$/
const CONTINUED_FROM = /^[（(]?\s*上接第?\s*([0-9一二三四五六七八九十]+)\s*版\s*[)）]?\s*/
const HEADING = /^(#{1,6})\s+(.*)$/
/** One or two sentences, then a photographer's credit: the caption of a picture printed with the article. */
const CAPTION = /^(.{6,160}?[。！？])\s*([^。！？，]{2,24}?\s*摄)$/

/** Gives every non-blank line its role; a credit that spans two lines ("周晴 刘俊杰" / "摄影报道") is one entry. */
export function assignLineRoles(lines: NormalLine[]): RoledLine[] {
  const content = lines.filter((l) => l.text)
  const out: RoledLine[] = []
  for (let i = 0; i < content.length; i++) {
    const line = content[i]!
    const next = content[i + 1]
    const role = roleOf(line, next)
    if (role.kind === 'credit' && role.lines.length === 2) i++
    out.push({ line, role })
  }
  return out
}

/** A cell that holds a number: 125.6, -3.2, 8.2%, 1,234 */
export const isNumericCell = (cell: string) => /^[-+−]?[\d,]+(\.\d+)?%?$/.test(cell)

function roleOf(line: NormalLine, next: NormalLine | undefined): LineRole {
  const text = line.text
  // a row of cells is a table row when it or the row below holds numbers (a header over its data)
  if (line.cells && (line.cells.some(isNumericCell) || next?.cells?.some(isNumericCell))) return { kind: 'table-row', cells: line.cells }
  const heading = text.match(HEADING)
  if (heading) return { kind: 'heading', level: heading[1]!.length, text: heading[2]!.trim() }
  if (line.undoubled) return { kind: 'ad' }
  const teaser = text.match(TEASER)
  if (teaser && />{2,}/.test(teaser[0])) return { kind: 'teaser-marker', toPage: pageNumber(teaser[1]), title: text.slice(0, teaser.index).trim() }
  const continued = text.match(CONTINUED)
  if (continued) return { kind: 'continued', toPage: pageNumber(continued[1] ?? continued[2]), text: text.slice(0, continued.index).trim() }
  const from = text.match(CONTINUED_FROM)
  if (from) return { kind: 'continued-from', fromPage: pageNumber(from[1]), text: text.slice(from[0].length).trim() }
  const caption = text.match(CAPTION)
  const credit = caption && parseBylineText(caption[2]!)
  if (caption && credit?.byline.photographers.length && !credit.byline.reporters.length) {
    return { kind: 'caption', photographers: credit.byline.photographers, text: caption[1]! }
  }
  const signed = signedText(text)
  if (signed) return signed
  const byline = parseBylineLine(text)
  if (byline?.kind === 'lead') return { kind: 'lead', byline: byline.byline, rest: byline.rest }
  if (byline) return { kind: 'byline', byline: byline.byline }
  if (text.length <= 30) {
    const credit = parseCredit(text, next?.text)
    if (credit) return { kind: 'credit', photographers: credit.photographers, lines: credit.usesNext && next ? [line, next] : [line] }
  }
  return { kind: 'text' }
}

/** A byline glued after a sentence end, labelled (本报记者_王五, 记者 张三): unlabelled names could be a sentence's. */
function signedText(text: string): LineRole | null {
  const m = foldWidth(text).match(/^(.*[。！？”])\s*([^。！？”（）]{3,30})$/)
  const parsed = m && parseBylineText(m[2]!)
  if (!m || !parsed?.labelled || parsed.byline.photographers.length) return null
  return { kind: 'signed-text', byline: parsed.byline, text: text.slice(0, m[1]!.length).trim() }
}

function pageNumber(s: string | undefined): number | null {
  return s ? parseNumber(s) : null
}

/** Visible length: characters without spaces. Column width is measured in it. */
export const visibleLength = (text: string) => text.replace(/\s/g, '').length

/** A line that ends a paragraph: a sentence end (either width), possibly inside closing quotes, or a line wholly in brackets. */
export function endsParagraph(text: string): boolean {
  // a sentence end may be followed by a bracketed byline or note: …参加会议。（张三 李四）
  if (/(?:[。！？；…!?;]|\.{3})[”’」』）)]*$/.test(text)) return true
  if (!/[)）]$/.test(text)) return false
  return /(?:[。！？；…!?;]|\.{3})[”’」』）)]*\s*[（(][^（()）]{1,40}[)）]$/.test(text) || /^[（(][^（()）]*[)）]$/.test(text)
}

/** A line ending mid-clause, which cannot be a headline: 、，： and the like. */
export const endsMidClause = (text: string) => /[，、：,:；;（(“《—-]$/.test(text) && !/——$/.test(text)

/** Sentence punctuation inside a line; headlines rarely carry more than one. */
export const clauseMarks = (text: string) => (foldWidth(text).match(/[，。；！？]/g) ?? []).length
