// Stage: the layout a page is printed in, which decides how its lines are read: markdown-like (# headings),
// narrow PDF columns (lines cut at a column's width), or plain paragraphs (a line a paragraph). It also tells
// whether indents and blank lines carry meaning on this page: copies that indent or space out every line say
// nothing by it.
import type { PageLayout } from '../../shared/corpus-schema'
import type { NormalLine } from './normalize-text'

export interface LayoutFacts {
  layout: PageLayout
  /** a paragraph's first line is indented, and not every line is */
  indentsMark: boolean
  /** blank lines stand between some lines, not after every one */
  blanksMark: boolean
}

const NARROW = 40

export function inferLayout(lines: NormalLine[]): LayoutFacts {
  const content = lines.filter((l) => l.text)
  const markdown = content.some((l) => /^#{1,6}\s+\S/.test(l.text))
  const long = content.filter((l) => l.text.length > NARROW).length
  const narrow = content.length > 0 && long / content.length < 0.1
  const indented = content.filter(isIndented).length
  let blankAfter = 0
  for (let i = 0; i + 1 < lines.length; i++) if (lines[i]!.text && !lines[i + 1]!.text) blankAfter++
  return {
    layout: markdown ? 'markdown' : narrow ? 'columns' : 'paragraphs',
    indentsMark: indented > 0 && indented < 0.5 * content.length,
    blanksMark: content.length > 2 && blankAfter < 0.6 * content.length,
  }
}

/** The printed line starts with two spaces or a full-width space: a paragraph's first line. */
export const isIndented = (l: NormalLine) => /^(?:\u3000| {2,}|\t)/.test(l.raw)
