// The one composition of the segmenting stages: a page's lines → its layout and titled article drafts.
// The pipeline and the stage tests both call it, so a test reads a page exactly as the build does.
import type { Reporter } from '../lib/diagnostics'
import { attachHeadlines, type TitledDraft } from './attach-headlines'
import { takeInlineBylines } from './inline-bylines'
import { inferLayout, type LayoutFacts } from './layout'
import type { NormalLine } from './normalize-text'
import { creditPage, type PageCredits } from './page-furniture'
import { segmentArticles } from './segment-articles'
import { segmentMarkdown } from './segment-markdown'

export interface SegmentedPage {
  layout: LayoutFacts
  drafts: TitledDraft[]
  /** headline lines no article could claim */
  unmatched: NormalLine[]
}

const NO_CREDITS: PageCredits = { authors: [], editors: [] }

export function segmentPage(lines: NormalLine[], report: Reporter, credits: PageCredits = NO_CREDITS): SegmentedPage {
  const layout = inferLayout(lines)
  const segmented = layout.layout === 'markdown' ? segmentMarkdown(lines) : segmentArticles(lines, layout, report)
  takeInlineBylines(segmented.drafts)
  creditPage(segmented.drafts, credits)
  return { layout, ...attachHeadlines(segmented) }
}
