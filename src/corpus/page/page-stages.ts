// One page's text to its Issue and Articles, as an ordered list of stages (PAGE_STAGES). Each stage has the one
// shape `(state, report) => output`: it reads what the stages before it made and returns a new value under its own
// name, never changing another's. The orchestrator runs the whole list (pipeline.ts buildPage); a test can run it
// up to any stage (runPageStages with `until`) and look at what that stage made.
import type { Reporter } from '../lib/diagnostics'
import type { AppliedCorrection, Article, Issue, IssueDate, PageBlock } from '../../shared/corpus-schema'
import { dateFromPath, periodFromPath, yearOfDate } from '../lib/dates'
import { dateByPattern } from '../papers/path-dates'
import { assemblePage, unplacedLines } from './assemble'
import type { TitledDraft } from './attach-headlines'
import { type BoundaryFix, correctBoundaries } from './correct-boundaries'
import { correctText, type TextFix } from './correct-text'
import { decodePage, type DecodedText } from './decode'
import { type PageText, readFrontMatter, reportContradictions } from './front-matter'
import { inferDate } from './issue-date'
import { inferPlace, type PlaceInference } from './issue-place'
import { type MastheadResult, readMasthead } from './masthead'
import { type NormalLine, normalizeLines } from './normalize-text'
import { type FurnitureResult, readPageFurniture } from './page-furniture'
import { type Reflowed, reflowParagraphs } from './reflow-paragraphs'
import { type SegmentedPage, segmentPage } from './segment-page'

/** What a page's paper says of it: its name, its county (basis `paper`), how its paths carry dates. */
export interface PaperHint {
  name: string | null
  place: string
  code: string | null
  evidence: string[]
  /** a path pattern (papers.yaml `dates:`) */
  dates: string | null
}

export interface PageInput {
  /** path relative to the input folder, with / separators */
  path: string
  bytes: Uint8Array
  /** a historian's corrections of this page: where its articles begin, and its text as read */
  boundaries?: readonly PageFix[]
  /** the paper it belongs to (papers.yaml) or its paper's county (the other pages of its paper) */
  paper?: PaperHint
  /** a page read from a PDF: its print, and where each line of its text is printed */
  print?: PrintedPage
  /** a page put together from saved e-paper article pages: each page's path and the line of the text it begins on */
  parts?: readonly PagePart[]
}

/** A correction the page stages apply: of where articles begin, or of the text as read. */
export type PageFix = BoundaryFix | TextFix

export interface PagePart {
  file: string
  fromLine: number
}

/** A page of a PDF as printed: its image in the corpus, its size in points, and each text line's box (null: blank). */
export interface PrintedPage {
  image: string
  width: number
  height: number
  boxes: ([number, number, number, number] | null)[]
  /** a scan's lines the recogniser read with little confidence, as read */
  doubtful?: { text: string; confidence: number }[]
}

export interface PageResult {
  issue: Issue
  articles: Article[]
  unplaced: number[]
}

/** What each stage makes, under its name. */
export interface PageOutputs {
  decoded: DecodedText
  /** the text with the historian's corrections of it, and what each changed */
  retexted: { decoded: DecodedText; applied: AppliedCorrection[] }
  text: PageText
  lines: NormalLine[]
  masthead: MastheadResult
  furniture: FurnitureResult
  segmented: SegmentedPage
  corrected: { drafts: TitledDraft[]; applied: AppliedCorrection[] }
  reflowed: Reflowed[]
  /** the articles' reflowed text, where dates and places are read ("3" / "月31日" is one date again) */
  content: string
  blocks: PageBlock[]
  date: IssueDate
  place: PlaceInference
  page: PageResult
}

export type PageState = { input: PageInput; issueId: string } & PageOutputs

type StageName = keyof PageOutputs

interface PageStage<K extends StageName> {
  name: K
  /** reads only the outputs of the stages before it; null (decode only) stops the page */
  run: (state: PageState, report: Reporter) => PageOutputs[K] | null
}

const stage = <K extends StageName>(name: K, run: PageStage<K>['run']): PageStage<K> => ({ name, run })

/** The page's head: masthead and e-paper furniture, read in that order. */
const headBlocks = (s: PageState) => [...s.masthead.blocks, ...s.furniture.blocks]

export const PAGE_STAGES = [
  stage('decoded', (s, report) => decodePage(s.input.bytes, report)),
  stage('retexted', (s, report) => {
    const fixes = (s.input.boundaries ?? []).filter((f): f is TextFix => f.action === 'replace')
    return fixes.length ? correctText(s.decoded, fixes, report) : { decoded: s.decoded, applied: [] }
  }),
  stage('text', (s, report) => readFrontMatter(s.retexted.decoded.text, report)),
  stage('lines', (s, report) => normalizeLines(s.text.lines, report)),
  stage('masthead', (s, report) => readMasthead(s.lines, report)),
  stage('furniture', (s) => readPageFurniture(s.masthead.lines)),
  stage('segmented', (s, report) => segmentPage(s.furniture.lines, report, s.furniture.credits)),
  stage('corrected', (s, report) => {
    const fixes = (s.input.boundaries ?? []).filter((f): f is BoundaryFix => f.action !== 'replace')
    const corrected = fixes.length ? correctBoundaries(s.segmented.drafts, fixes, report) : { drafts: s.segmented.drafts, applied: [] }
    if (!corrected.drafts.length) report.warn('segment/no-articles', 'no article could be found on this page; its lines are kept as an "other" block')
    return corrected
  }),
  stage('reflowed', (s) => s.corrected.drafts.map((d) => reflowParagraphs(d.body))),
  stage('content', (s) => s.corrected.drafts.flatMap((d, i) => [d.kicker, d.headline, d.subheadline, ...s.reflowed[i]!.paragraphs]).filter(Boolean).join('\n')),
  stage('blocks', (s) => {
    const blocks = [...(s.text.frontMatter ? [s.text.frontMatter] : []), ...headBlocks(s)]
    // a page with no article keeps its lines as one block
    const content = s.corrected.drafts.length ? [] : s.furniture.lines.filter((l) => l.text)
    if (content.length) blocks.push({ kind: 'other', lines: [content[0]!.no, content.at(-1)!.no], text: content.map((l) => l.raw.trim()) })
    return blocks
  }),
  stage('date', (s, report) => {
    const { meta } = s.text
    reportContradictions(meta, { date: s.masthead.date?.value ?? s.furniture.date?.value, page: s.masthead.page ?? s.furniture.page }, report)
    const path = (s.input.paper?.dates && dateByPattern(s.input.paper.dates, s.input.path)) || dateFromPath(s.input.path)
    return inferDate({ metaDate: meta.date, masthead: s.masthead.date, printed: s.furniture.date, path, year: s.furniture.year, pathPeriod: periodFromPath(s.input.path), text: s.content })
  }),
  stage('place', (s) => {
    const { meta } = s.text
    const hint = s.input.paper
    if (!meta.place && hint) return { place: hint.place, ...(hint.code ? { code: hint.code } : {}), basis: 'paper', evidence: hint.evidence }
    return inferPlace({ metaPlace: meta.place, masthead: s.masthead.placeHint, paper: paperOf(s), section: s.masthead.section ?? s.furniture.section, text: s.content, year: yearOfDate(s.date) })
  }),
  stage('page', (s, report) => {
    const { meta } = s.text
    const { drafts, applied } = s.corrected
    const page = meta.page ?? s.masthead.page ?? s.furniture.page ?? (s.masthead.masthead || drafts.some((d) => d.kindHint === 'teaser' || d.toPage === 2) ? 1 : null)
    const assembled = assemblePage(
      {
        issueId: s.issueId, source: s.input.path, layout: s.segmented.layout.layout, blocks: s.blocks, place: s.place, paper: paperOf(s),
        page, section: meta.section ?? s.masthead.section ?? s.furniture.section, date: s.date, masthead: s.masthead.masthead,
      },
      drafts, s.reflowed, s.segmented.unmatched,
    )
    const unplaced = unplacedLines(s.lines, drafts, s.blocks, s.segmented.unmatched)
    for (const no of unplaced) report.warn('segment/unplaced-line', 'a line that no article or block holds', no)
    const all = [...s.retexted.applied, ...applied]
    return { issue: all.length ? { ...assembled.issue, corrections: all } : assembled.issue, articles: assembled.articles, unplaced }
  }),
] as const

/** The paper's name: front matter, the e-paper header, or its registry. */
const paperOf = (s: PageState) => s.text.meta.paper ?? s.furniture.paper ?? s.masthead.paper ?? s.input.paper?.name ?? null

/**
 * Runs the stages in order, up to and including `until` (all by default); null when one gives nothing (bytes that
 * are no text).
 */
export function runPageStages(input: PageInput, issueId: string, report: Reporter, until: StageName = 'page'): Partial<PageOutputs> | null {
  const state = { input, issueId } as PageState
  for (const s of PAGE_STAGES) {
    const out = (s.run as (state: PageState, report: Reporter) => unknown)(state, report)
    if (out == null) return null
    Object.assign(state, { [s.name]: out })
    if (s.name === until) break
  }
  return state
}
