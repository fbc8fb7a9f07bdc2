// One page through its stages: page bytes → Issue and Articles, and the page's own facts (pass 1 of the one
// orchestrator, io/build-corpus.ts, in the main thread or a worker). No I/O here.
import { createReporter, type Diagnostic, type Reporter } from './lib/diagnostics'
import type { Article, Issue } from '../shared/corpus-schema'
import { type PageInput, type PagePart, type PageResult, type PrintedPage, runPageStages } from './page/page-stages'
import { pageFacts, type PageFacts } from './facts/facts'
import { createHash } from 'node:crypto'

export type { PageInput, PagePart, PageResult, PaperHint, PrintedPage } from './page/page-stages'

/** A page through every stage of PAGE_STAGES: its Issue, Articles and the lines no article or block holds. */
export function buildPage(input: PageInput, issueId: string, report: Reporter): PageResult | null {
  const page = runPageStages(input, issueId, report)?.page ?? null
  const printed = page && input.print ? withPrint(page, input.print) : page
  return printed && input.parts?.length ? withParts(printed, input.parts) : printed
}

/**
 * A page put together from saved article pages names them on the issue, and on each article the one it came from:
 * the last to begin at or before the article's first line.
 */
function withParts(page: PageResult, parts: readonly PagePart[]): PageResult {
  const partOf = (line: number) => parts.findLast((p) => p.fromLine <= line)?.file ?? parts[0]!.file
  return {
    ...page,
    issue: { ...page.issue, parts: parts.map((p) => ({ file: p.file, fromLine: p.fromLine })) },
    articles: page.articles.map((a) => ({ ...a, source: { ...a.source, part: partOf(Math.min(a.source.lines[0], ...a.source.headlineLines)) } })),
  }
}

/**
 * A page read from a PDF keeps its print: the page's image and size on the issue, and on each article the box of
 * the printed page it was read from (the lines its text and headline came from, together), for the clip beside it.
 */
function withPrint(page: PageResult, print: PrintedPage): PageResult {
  const boxOf = (lines: number[]) => {
    const boxes = lines.map((n) => print.boxes[n - 1]).filter((b): b is [number, number, number, number] => !!b)
    if (!boxes.length) return undefined
    const [x, y] = [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1]))]
    const round = (n: number) => Math.round(n * 10) / 10
    return [round(x), round(y), round(Math.max(...boxes.map((b) => b[0] + b[2])) - x), round(Math.max(...boxes.map((b) => b[1] + b[3])) - y)] as [number, number, number, number]
  }
  const span = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i)
  return {
    ...page,
    issue: { ...page.issue, print: { image: print.image, width: Math.round(print.width), height: Math.round(print.height) } },
    articles: page.articles.map((a) => {
      const box = boxOf([...span(a.source.lines[0], a.source.lines[1]), ...a.source.headlineLines])
      const doubtful = doubtfulIn(a, print.doubtful ?? [])
      return box || doubtful.length ? { ...a, source: { ...a.source, ...(box ? { box } : {}), ...(doubtful.length ? { doubtful } : {}) } } : a
    }),
  }
}

/** A scan's lines read with little confidence that stand in the article's text (spaces aside), for the reader to mark. */
function doubtfulIn(article: Article, doubtful: NonNullable<PrintedPage['doubtful']>): NonNullable<Article['source']['doubtful']> {
  if (!doubtful.length) return []
  const squash = (s: string) => s.replace(/\s+/g, '')
  const text = squash([article.kicker, article.headline, article.subheadline, article.summary, ...article.paragraphs].filter(Boolean).join('\n'))
  return doubtful.filter((d) => squash(d.text).length >= 2 && text.includes(squash(d.text)))
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
