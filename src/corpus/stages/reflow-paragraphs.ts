// Stage: body lines → paragraphs. A line that does not end a sentence continues on the next line, across
// blank lines, column breaks and page breaks; section heads start paragraphs of their own.
import type { BodyPiece } from './article-draft'
import { endsParagraph } from './line-roles'

export interface Reflowed {
  paragraphs: string[]
  sections: { heading: string; startParagraph: number }[]
}

export function reflowParagraphs(body: BodyPiece[]): Reflowed {
  const paragraphs: string[] = []
  const sections: Reflowed['sections'] = []
  let open = false
  for (const piece of body) {
    if (piece.section) {
      sections.push({ heading: piece.text, startParagraph: paragraphs.length })
      open = false
      continue
    }
    if (open) paragraphs[paragraphs.length - 1] = joinLines(paragraphs.at(-1)!, piece.text)
    else paragraphs.push(piece.text)
    open = !piece.hardBreak && !endsParagraph(piece.text)
  }
  return { paragraphs, sections }
}

/** Chinese needs no space at a line break; two Latin words or numbers do. */
export function joinLines(a: string, b: string): string {
  return /[A-Za-z]$/.test(a) && /^[A-Za-z]/.test(b) ? `${a} ${b}` : a + b
}
