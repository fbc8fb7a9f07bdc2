// One page through its stages: page bytes → Issue and Articles, and the page's own facts (pass 1 of the one
// orchestrator, io/build-corpus.ts, in the main thread or a worker). No I/O here.
import { createReporter, type Diagnostic } from './lib/diagnostics'
import type { Article, Issue, IssueDate } from '../shared/corpus-schema'
import { assemblePage, unplacedLines } from './page/assemble'
import { decodePage } from './page/decode'
import { readFrontMatter, reportContradictions } from './page/front-matter'
import { inferDate } from './page/issue-date'
import { inferPlace } from './page/issue-place'
import { readMasthead } from './page/masthead'
import { reflowParagraphs } from './page/reflow-paragraphs'
import { normalizeLines } from './page/normalize-text'
import { dateFromPath, periodFromPath } from './lib/dates'
import { dateByPattern } from './papers/path-dates'
import { readPageFurniture } from './page/page-furniture'
import { segmentPage } from './page/segment-page'
import { type BoundaryFix, correctBoundaries } from './page/correct-boundaries'
import { pageFacts, type PageFacts } from './facts/facts'
import { createHash } from 'node:crypto'

export interface PageInput {
  /** path relative to the input folder, with / separators */
  path: string
  bytes: Uint8Array
  /** a historian's corrections of where this page's articles begin */
  boundaries?: readonly BoundaryFix[]
  /** the paper it belongs to (papers.yaml) or its paper's county (the other pages of its paper) */
  paper?: PaperHint
}

/** What a page's paper says of it: its name, its county (basis `paper`), how its paths carry dates. */
export interface PaperHint {
  name: string | null
  place: string
  code: string | null
  evidence: string[]
  /** a path pattern (papers.yaml `dates:`) */
  dates: string | null
}

export interface PageResult {
  issue: Issue
  articles: Article[]
  unplaced: number[]
}

export function buildPage(input: PageInput, issueId: string, report: ReturnType<typeof createReporter>): PageResult | null {
  const decoded = decodePage(input.bytes, report)
  if (!decoded) return null
  const { meta, lines: rawLines, frontMatter } = readFrontMatter(decoded.text, report)
  const lines = normalizeLines(rawLines, report)
  const masthead = readMasthead(lines, report)
  const furniture = readPageFurniture(masthead.lines)
  const head = { ...masthead, lines: furniture.lines, blocks: [...masthead.blocks, ...furniture.blocks] }
  const segmented = segmentPage(head.lines, report, furniture.credits)
  const { layout: { layout }, unmatched } = segmented
  const { drafts, applied } = input.boundaries?.length ? correctBoundaries(segmented.drafts, input.boundaries, report) : { drafts: segmented.drafts, applied: [] }
  if (!drafts.length) report.warn('segment/no-articles', 'no article could be found on this page; its lines are kept as an "other" block')
  // dates and places are read from the reflowed text, where "3" / "月31日" is one date again
  const reflowed = drafts.map((d) => reflowParagraphs(d.body))
  const text = drafts.flatMap((d, i) => [d.kicker, d.headline, d.subheadline, ...reflowed[i]!.paragraphs]).filter(Boolean).join('\n')
  const blocks = [...(frontMatter ? [frontMatter] : []), ...head.blocks]
  if (!drafts.length) {
    const content = head.lines.filter((l) => l.text)
    if (content.length) blocks.push({ kind: 'other', lines: [content[0]!.no, content.at(-1)!.no], text: content.map((l) => l.raw.trim()) })
  }
  reportContradictions(meta, { date: head.date?.value ?? furniture.date?.value, page: head.page ?? furniture.page }, report)
  const pathDate = (input.paper?.dates && dateByPattern(input.paper.dates, input.path)) || dateFromPath(input.path)
  const date = inferDate({ metaDate: meta.date, masthead: head.date, printed: furniture.date, path: pathDate, year: furniture.year, pathPeriod: periodFromPath(input.path), text })
  const paper = meta.paper ?? furniture.paper ?? input.paper?.name ?? null
  const page = meta.page ?? head.page ?? furniture.page ?? (head.masthead || drafts.some((d) => d.kindHint === 'teaser' || d.toPage === 2) ? 1 : null)
  const { issue, articles } = assemblePage(
    {
      issueId, source: input.path, layout, blocks,
      place: !meta.place && input.paper
        ? { place: input.paper.place, ...(input.paper.code ? { code: input.paper.code } : {}), basis: 'paper', evidence: input.paper.evidence }
        : inferPlace({ metaPlace: meta.place, masthead: head.placeHint, paper, section: head.section ?? furniture.section, text, year: yearOf(date) }),
      paper,
      page, section: meta.section ?? head.section ?? furniture.section,
      date,
      masthead: head.masthead,
    },
    drafts, reflowed, unmatched,
  )
  if (applied.length) issue.corrections = applied
  const unplaced = unplacedLines(lines, drafts, blocks, unmatched)
  for (const no of unplaced) report.warn('segment/unplaced-line', 'a line that no article or block holds', no)
  return { issue, articles, unplaced }
}

/** The year a page's date gives, when its range lies within one. */
function yearOf(date: IssueDate): number | null {
  const y = (date.value ?? date.earliest)?.slice(0, 4)
  return y && y === (date.value ?? date.latest)?.slice(0, 4) ? Number(y) : null
}

/** One page through its stages and its own facts (pass 1), with everything reported: what a worker returns. */
export interface PagePass {
  result: PageResult | null
  facts: PageFacts | null
  diagnostics: Diagnostic[]
}

export function passPage(input: PageInput, issueId: string): PagePass {
  const report = createReporter(input.path)
  try {
    const result = buildPage(input, issueId, report)
    return { result, facts: result && pageFacts(result.issue, result.articles, report), diagnostics: report.diagnostics }
  } catch (e) {
    // an exception is a bug in a stage: report it against the file and go on with the others
    report.fail('internal/exception', `the builder failed on this page: ${(e as Error).stack ?? String(e)}`)
    return { result: null, facts: null, diagnostics: report.diagnostics }
  }
}

/** The first characters of each article of a page: two pages printing one article share them. */
export function articleOpenings(articles: readonly Article[]): Set<string> {
  const out = new Set<string>()
  for (const a of articles) {
    const opening = (a.paragraphs[0] ?? '').replace(/\s/g, '').slice(0, 24)
    if (opening.length >= 8) out.add(opening)
  }
  return out
}

export const contentHash = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

/**
 * The same page twice (identical bytes), or two files claiming one paper, date and page that print the same
 * article: their meetings and figures would count twice, so each is reported against the later file. (Files of
 * one page that hold different articles, as e-paper mirrors store them, are no duplicates.) `pages` in path order.
 */
export function duplicateDiagnostics(pages: readonly { path: string; hash: string }[], issues: readonly Issue[], openings: Map<string, Set<string>>): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  const byContent = new Map<string, string>()
  for (const { path, hash } of pages) {
    const first = byContent.get(hash)
    if (first) diagnostics.push({ file: path, line: 0, ruleId: 'input/duplicate-page', message: `the same bytes as ${first}: its facts count twice`, fatal: false })
    else byContent.set(hash, path)
  }
  const byPrintedPage = new Map<string, Issue[]>()
  for (const issue of issues) {
    if (!issue.date.value || issue.page == null || !(issue.paper ?? issue.place)) continue
    const key = `${issue.paper ?? issue.place}|${issue.date.value}|${issue.page}`
    const mine = openings.get(issue.id) ?? new Set<string>()
    const same = byPrintedPage.get(key)
    const first = same?.find((o) => [...(openings.get(o.id) ?? [])].some((x) => mine.has(x)))
    if (first) diagnostics.push({ file: issue.source, line: 0, ruleId: 'input/same-page', message: `claims the paper, date and page of ${first.source} and prints its articles again (${key.replace(/\|/g, ' ')})`, fatal: false })
    if (same) same.push(issue)
    else byPrintedPage.set(key, [issue])
  }
  return diagnostics
}
