// Stage: body lines → paragraphs. A line that does not end a sentence continues on the next line, across
// blank lines, column breaks and page breaks; section heads start paragraphs of their own. A clause ended by ；
// goes on too, unless the next line opens an item of a list of its own (二是…).
import type { BodyPiece } from './article-draft'
import { endsParagraph } from './line-roles'

export interface Reflowed {
  paragraphs: string[]
  sections: { heading: string; startParagraph: number }[]
  /** tables kept as rows of cells; `atParagraph` paragraphs come before each */
  tables: { atParagraph: number; rows: string[][] }[]
}

export function reflowParagraphs(body: BodyPiece[]): Reflowed {
  const paragraphs: string[] = []
  const sections: Reflowed['sections'] = []
  const tables: Reflowed['tables'] = []
  let open = false
  let semicolonOpen = false
  let lastWasRow = false
  for (const piece of body) {
    if (piece.cells) {
      const table = tables.at(-1)
      if (lastWasRow && table) table.rows.push(piece.cells)
      else tables.push({ atParagraph: paragraphs.length, rows: [piece.cells] })
      lastWasRow = true
      open = false
      semicolonOpen = false
      continue
    }
    lastWasRow = false
    if (piece.section) {
      sections.push({ heading: piece.text, startParagraph: paragraphs.length })
      open = false
      semicolonOpen = false
      continue
    }
    // a clause ended by ； goes on in the next piece unless that one opens an item of its own (二是…, （二）…)
    const semicolonGoesOn = semicolonOpen && !ITEM_START.test(piece.text)
    if (open || semicolonGoesOn) paragraphs[paragraphs.length - 1] = joinLines(paragraphs.at(-1)!, piece.text)
    else paragraphs.push(piece.text)
    open = !piece.hardBreak && !endsParagraph(piece.text)
    semicolonOpen = !piece.hardBreak && /[；;]$/.test(piece.text)
  }
  return { paragraphs, sections, tables }
}

/** How an item of a list opens its own paragraph: 一是, 其二, 第三, （四）, 五、, 1., ①. */
const ITEM_START = /^\s*(?:[一二三四五六七八九十]+是|其[一二三四五六七八九十]|第[一二三四五六七八九十]+[，、,]|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.．、]|[①-⑳])/

/** Chinese needs no space at a line break; two Latin words or numbers do. */
function joinLines(a: string, b: string): string {
  return /[A-Za-z]$/.test(a) && /^[A-Za-z]/.test(b) ? `${a} ${b}` : a + b
}
