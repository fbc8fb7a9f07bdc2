// Stage: bylines printed inside the text rather than on a line of their own — at the start of the first
// paragraph (（记者 李明）某市…) or closing the last one in brackets (（某某日报记者 张三）, an unlabelled
// （张三 李四）). They leave the paragraph for the article's byline: the names are kept there, the line stays in
// the article's source range. (A byline glued to the last sentence without brackets ends its line and its
// article, so the line roles read it: `signed-text`.)
import type { ArticleDraft, BodyPiece } from './article-draft'
import { addNames, isBriefColumn } from './article-draft'
import { parseBylineText } from './bylines'
import { foldWidth } from '../lib/width'

const LEADING = /^\s*（([^（）]{2,40})）\s*/
const TRAILING_BRACKETED = /(?:^|(?<=[。！？”…\s]))\s*（([^（）]{2,40})）\s*$/

export function takeInlineBylines(drafts: ArticleDraft[]): ArticleDraft[] {
  for (const d of drafts) {
    if (d.kindHint === 'ad' || d.kindHint === 'teaser') continue
    const first = d.body.find((p) => !p.section && !p.cells)
    if (first) takeLeading(d, first)
    const last = d.body.findLast((p) => !p.section && !p.cells)
    // in a column of briefs each item closes with its own writers
    const brief = isBriefColumn(d)
    const closing = brief ? d.body.filter((p) => !p.section && !p.cells) : last ? [last] : []
    for (const piece of closing) takeTrailing(d, piece, brief)
  }
  return drafts
}

const writers = (d: ArticleDraft) => d.byline.reporters.length + d.byline.correspondents.length

function takeLeading(d: ArticleDraft, piece: BodyPiece) {
  const m = foldWidth(piece.text).match(LEADING)
  const parsed = m && parseBylineText(m[1]!)
  if (!m || !parsed?.labelled) return
  addNames(d.byline, parsed.byline)
  cut(d, piece, m[0].length, piece.text.length)
}

function takeTrailing(d: ArticleDraft, piece: BodyPiece, brief: boolean) {
  const text = foldWidth(piece.text)
  const bracketed = text.match(TRAILING_BRACKETED)
  const inBrackets = bracketed && parseBylineText(bracketed[1]!)
  // an unlabelled （张三 李四） names the writers only where the article has no byline of its own (or closes a brief)
  if (bracketed && inBrackets && (inBrackets.labelled || ((brief || !writers(d)) && inBrackets.byline.reporters.length <= 4))) {
    addNames(d.byline, inBrackets.byline)
    cut(d, piece, 0, bracketed.index!)
  }
}

/** Keeps piece.text[from, to) trimmed; a piece left empty leaves the body and its line becomes a meta line. */
function cut(d: ArticleDraft, piece: BodyPiece, from: number, to: number) {
  piece.text = piece.text.slice(from, to).trim()
  if (!piece.text) {
    d.body.splice(d.body.indexOf(piece), 1)
    d.metaLines.push(piece.no)
  }
}
