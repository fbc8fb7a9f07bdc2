// Stage: a printed page's text runs, with their positions and sizes, → the page as text in reading order, for the
// same stages as a page text. E-paper PDFs put text frames in the order they were made, not read (a headline may
// come after its body), so the order is rebuilt from geometry alone: runs → lines (one baseline, no gutter between)
// → blocks (one size, one column, lines close under each other) → reading order by recursive XY-cut of the blocks
// (a gap across the whole region cuts it: rows top to bottom, then columns left to right). A block in a type larger
// than the page's body is a headline (`# `); body blocks become paragraphs where a line stops short or the next is
// indented, and a paragraph left open at the foot of a column goes on at the head of the next.
import { foldRadicals } from './cjk-radicals'

export interface TextRun {
  text: string
  /** left and top of the run in points, from the page's top-left corner */
  x: number
  y: number
  width: number
  /** the type size in points */
  size: number
  /** set in a bold face (its font's name says so): a section head in body type is bold */
  bold?: boolean
  /** a space run stands right before it (a word gap the type set, however narrow) */
  spaceBefore?: boolean
}

interface Line {
  runs: TextRun[]
  x: number
  y: number
  right: number
  size: number
}

interface Block {
  lines: Line[]
  x: number
  y: number
  right: number
  bottom: number
  size: number
}

/** Runs on one baseline belong to one line unless a gap wider than this many type sizes (a gutter) parts them. */
const GUTTER = 1.2
/** Lines belong to one block when the space between them is at most this many type sizes. */
const LEADING = 1.1
/** A block in type this much larger than the body's is a headline (a small one is 12 pt over 10 pt body). */
const HEADLINE = 1.2

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0

/**
 * Runs into lines: runs on one baseline (within a third of their size: fonts of one line differ a little) form a
 * band, read left to right, split where a gutter parts them or the type size changes.
 */
function linesOf(runs: readonly TextRun[]): Line[] {
  // a run of spaces is no text of its own: it marks a word gap before the run after it
  // (the spaces by where they end, so each run asks only those ending near where it starts)
  const spaces = runs.filter((r) => r.text && !r.text.trim()).sort((a, b) => a.x + a.width - (b.x + b.width))
  const spaced = (r: TextRun) => {
    let lo = 0
    let hi = spaces.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (spaces[mid]!.x + spaces[mid]!.width < r.x - 0.2 * r.size) lo = mid + 1
      else hi = mid
    }
    for (let i = lo; i < spaces.length && spaces[i]!.x + spaces[i]!.width <= r.x + 0.2 * r.size; i++) if (Math.abs(spaces[i]!.y - r.y) <= 0.3 * r.size) return true
    return false
  }
  const sorted = runs.filter((r) => r.text.trim()).map((r) => ({ ...r, text: foldRadicals(r.text), ...(spaces.length && spaced(r) ? { spaceBefore: true } : {}) })).sort((a, b) => a.y - b.y || a.x - b.x)
  const bands: TextRun[][] = []
  for (const run of sorted) {
    const band = bands.at(-1)
    if (band && Math.abs(band[0]!.y - run.y) <= 0.3 * Math.max(band[0]!.size, run.size)) band.push(run)
    else bands.push([run])
  }
  const lines: Line[] = []
  for (const band of bands) {
    let line: Line | null = null
    for (const run of band.sort((a, b) => a.x - b.x)) {
      const joins = line && Math.abs(line.size - run.size) <= 0.2 * line.size && run.x - line.right <= GUTTER * run.size
      if (line && joins) {
        line.runs.push(run)
        line.right = Math.max(line.right, run.x + run.width)
      } else {
        line = { runs: [run], x: run.x, y: run.y, right: run.x + run.width, size: run.size }
        lines.push(line)
      }
    }
  }
  return lines
}

/**
 * Headlines of two boxes abreast on one baseline may stand closer than a gutter's width in their large type: a
 * gap in a line is a gutter where the lines just under it keep it open — text under it on its left and on its right,
 * none across it.
 */
function splitAtGutters(lines: Line[]): Line[] {
  return lines.flatMap((line) => {
    const parts: Line[] = []
    let part: Line | null = null
    for (const run of line.runs) {
      const gap = part ? run.x - part.right : 0
      if (part && gap >= 0.5 * line.size && isGutter(lines, line, part.right, run.x)) {
        parts.push(part)
        part = null
      }
      if (!part) part = { runs: [run], x: run.x, y: run.y, right: run.x + run.width, size: line.size }
      else {
        part.runs.push(run)
        part.right = Math.max(part.right, run.x + run.width)
      }
    }
    return part ? [...parts, part] : parts
  })
}

function isGutter(lines: readonly Line[], over: Line, from: number, to: number): boolean {
  const under = lines.filter((l) => l !== over && l.y > over.y && l.y - over.y <= 4 * over.size)
  const middle = (from + to) / 2
  return under.some((l) => l.right <= middle) && under.some((l) => l.x >= middle) && !under.some((l) => l.x < middle && l.right > middle)
}

/** Lines into blocks: the same size, overlapping columns, each close under the one before. */
function blocksOf(lines: readonly Line[]): Block[] {
  const blocks: Block[] = []
  for (const line of [...lines].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const block = blocks.find((b) => {
      const last = b.lines.at(-1)!
      const sameSize = Math.abs(b.size - line.size) <= 0.15 * b.size
      const below = line.y > last.y && line.y - (last.y + last.size) <= LEADING * line.size
      const sameColumn = Math.min(b.right, line.right) - Math.max(b.x, line.x) > 0.5 * Math.min(b.right - b.x, line.right - line.x)
      return sameSize && below && sameColumn
    })
    if (block) {
      block.lines.push(line)
      block.x = Math.min(block.x, line.x)
      block.right = Math.max(block.right, line.right)
      block.bottom = line.y + line.size
    } else blocks.push({ lines: [line], x: line.x, y: line.y, right: line.right, bottom: line.y + line.size, size: line.size })
  }
  return blocks
}

/**
 * Blocks in reading order by recursive XY-cut: the widest horizontal gap no block crosses cuts the region into two
 * rows (read top to bottom, each cut again); failing that, the vertical gaps cut it into columns (left to right); a
 * region no gap cuts is read top to bottom. Columns go first where they are parallel streams, their gutter wider
 * than the gap across (three teasers side by side, a kicker over one of them only; two boxed articles abreast,
 * their headlines on one line). Columns beside a centred headline lie wholly below the cut: rows first there.
 */
function readingOrder(blocks: readonly Block[]): Block[] {
  if (blocks.length <= 1) return [...blocks]
  const row = widestGap(blocks, (b) => [b.y, b.bottom])
  const columns = cut(blocks, (b) => [b.x, b.right])
  // parallel streams: the row cut would run through a column, with text above it and below it, while a column to
  // its right has text above it too — read by rows, the first column's foot would come after the second's head
  const above = (g: Block[]) => !!row && g.some((b) => row.before.includes(b))
  const below = (g: Block[]) => !!row && g.some((b) => row.after.includes(b))
  const cutThrough = columns.groups.findIndex((g) => above(g) && below(g))
  const parallel = cutThrough >= 0 && columns.gap > (row?.gap ?? 0) && columns.groups.slice(cutThrough + 1).some(above)
  if (row && !parallel) return [...readingOrder(row.before), ...readingOrder(row.after)]
  if (columns.groups.length > 1) return columns.groups.flatMap(readingOrder)
  return [...blocks].sort((a, b) => a.y - b.y || a.x - b.x)
}

/** The widest gap along one axis that no block spans, with the blocks before and after it; null when there is none. */
function widestGap(blocks: readonly Block[], span: (b: Block) => [number, number]) {
  const { groups, gaps } = cut(blocks, span)
  if (groups.length < 2) return null
  const at = gaps.indexOf(Math.max(...gaps))
  return { gap: gaps[at]!, before: groups.slice(0, at + 1).flat(), after: groups.slice(at + 1).flat() }
}

/** The blocks cut at every gap along one axis that no block spans, in order along it; the gaps, and the narrowest. */
function cut(blocks: readonly Block[], span: (b: Block) => [number, number]): { groups: Block[][]; gaps: number[]; gap: number } {
  const sorted = [...blocks].sort((a, b) => span(a)[0] - span(b)[0])
  const groups: Block[][] = []
  const gaps: number[] = []
  let end = -Infinity
  for (const b of sorted) {
    const [from, to] = span(b)
    if (!groups.length) groups.push([b])
    else if (from >= end) {
      gaps.push(from - end)
      groups.push([b])
    } else groups.at(-1)!.push(b)
    end = Math.max(end, to)
  }
  return { groups, gaps, gap: gaps.length ? Math.min(...gaps) : 0 }
}

const SENTENCE_END = /[。！？”」』）)…]$/
/** A credit set in a heavier face (陈培勇 摄, 本报记者 叶琳): never a section head */
const CREDIT_LINE = /(?:摄影报道|摄影|摄)$|^(?:本报)?(?:记者|通讯员)/
const CJK = '[\\u3000-\\u9fff\\uff00-\\uffef]'
/** Characters set apart one by one (建 设 现 场: a justified line's spacing), not words parted by a space (记者 方远). */
const SPACED_OUT = new RegExp(`${CJK}(?: ${CJK}){2,}`, 'g')
/** Wider than this many type sizes, a gap between two runs is a space of the text (记者 徐明 叶如舟), not spacing. */
const WORD_GAP = 0.3

/** A line's text: a space where the runs leave a gap, the spacing justification puts between single characters taken out. */
function lineText(l: Line): string {
  let text = ''
  let right = -Infinity
  for (const run of l.runs) {
    if (text && (run.spaceBefore || run.x - right > WORD_GAP * run.size) && !/\s$/.test(text) && !/^\s/.test(run.text)) text += ' '
    text += run.text
    right = run.x + run.width
  }
  return text.replace(SPACED_OUT, (spaced) => spaced.replaceAll(' ', ''))
}

/**
 * Whether a paragraph open at the foot of `from` goes on at the head of `to`: the next column, to its right,
 * beginning as high, in a column as wide. (A block of one line gives no column edge to be short of: it goes on only into a column of several lines as wide.)
 */
function continuesIn(from: Block, to: Block): boolean {
  const width = (b: Block) => b.right - b.x
  if (to.x < from.right - from.size || Math.abs(to.y - from.y) > 2 * from.size) return false
  return from.lines.length > 1 || (to.lines.length > 1 && width(from) >= 0.9 * width(to))
}

/** Two pieces of text joined: Chinese needs no space at a break, two Latin words or numbers do. */
const join = (a: string, b: string) => (/[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b)

/** A block this many times the body's type, first on the page, is the masthead (平阳报): a line, not a headline. */
const MASTHEAD = 2.5

/** A rectangle of the printed page in points from its top-left corner: x, y, width, height. */
export type Box = [number, number, number, number]

export interface LaidOutPage {
  /** the page as text: the masthead a line, headlines as `# ` lines, paragraphs one a line, a blank line between */
  text: string
  /** for each line of the text (1-based: `boxes[n - 1]` for line n), where it is printed; null for a blank line */
  boxes: (Box | null)[]
}

const union = (a: Box | null, b: Box): Box => {
  if (!a) return b
  const [x, y] = [Math.min(a[0], b[0]), Math.min(a[1], b[1])]
  return [x, y, Math.max(a[0] + a[2], b[0] + b[2]) - x, Math.max(a[1] + a[3], b[1] + b[3]) - y]
}
const boxOf = (l: Line): Box => [l.x, l.y, l.right - l.x, l.size]

/** The page laid out as text, with where each of its lines is printed. */
export function pageText(runs: readonly TextRun[]): LaidOutPage {
  const blocks = readingOrder(blocksOf(splitAtGutters(linesOf(runs))))
  if (!blocks.length) return { text: '', boxes: [] }
  const body = median(blocks.flatMap((b) => b.lines.flatMap((l) => l.runs.flatMap((r) => Array<number>(r.text.length).fill(r.size)))))
  const out: string[] = []
  const where: Box[] = []
  const push = (text: string, box: Box) => {
    out.push(text)
    where.push(box)
  }
  let open = false
  let previous: Block | null = null
  // above the first headline, lines are the masthead's and the page header's: each a line of its own (a page
  // without a headline has no such band)
  let masthead = blocks.some((b, i) => i > 0 && b.size >= HEADLINE * body)
  for (const [i, block] of blocks.entries()) {
    const whole = block.lines.map(boxOf).reduce<Box | null>(union, null)!
    if (i === 0 && block.size >= MASTHEAD * body) {
      push(block.lines.map(lineText).reduce(join), whole)
      continue
    }
    if (masthead && block.size < HEADLINE * body) {
      for (const line of block.lines) push(lineText(line), boxOf(line))
      continue
    }
    masthead = false
    if (block.size >= HEADLINE * body) {
      // a kicker above a headline and a subheadline under it are set large too: of a run of large blocks, the
      // largest is the headline (`# `), the others lines of their own beside it
      const isMasthead = (b: Block) => b === blocks[0] && b.size >= MASTHEAD * body
      const group = [blocks[i - 1], blocks[i + 1]].filter((b): b is Block => !!b && b.size >= HEADLINE * body && !isMasthead(b))
      const largest = group.every((b) => b.size <= block.size + 0.01 && !(b.size === block.size && blocks.indexOf(b) < i))
      push(`${largest ? '# ' : ''}${block.lines.map(lineText).reduce(join)}`, whole)
      open = false
      continue
    }
    // a paragraph left open goes on in the next column, not in a box below its own (another article, a caption)
    if (open && previous && !continuesIn(previous, block)) open = false
    previous = block
    block.lines.forEach((line, i) => {
      const text = lineText(line)
      const next = block.lines[i + 1]
      // a line in bold body type that stands alone, between paragraphs, is a section head (小标题): `## `
      const standsAlone = !open && line.right < block.right - 1.5 * line.size && !SENTENCE_END.test(text)
      if (line.runs.every((r) => r.bold) && standsAlone && text.length <= 30 && !CREDIT_LINE.test(text)) {
        push(`## ${text}`, boxOf(line))
        return
      }
      if (open) {
        out[out.length - 1] = join(out.at(-1)!, text)
        where[where.length - 1] = union(where.at(-1)!, boxOf(line))
      } else push(text, boxOf(line))
      // a line that stops short of the column's right edge, or before an indented line, ends its paragraph
      const short = line.right < block.right - 1.5 * line.size
      const indentedNext = !!next && next.x > block.x + 1.5 * next.size
      open = !(short || indentedNext || (!next && SENTENCE_END.test(text)))
    })
  }
  // one item a line, a blank line between: line 2n - 1 of the text is item n
  return { text: `${out.join('\n\n')}\n`, boxes: where.flatMap((box, n) => (n ? [null, box] : [box])) }
}
