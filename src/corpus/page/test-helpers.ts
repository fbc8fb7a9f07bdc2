// Test helper: a page text through the segmenting stages, as the fields a reader sees.
import { silentReporter } from '../lib/diagnostics'
import { attachHeadlines } from './attach-headlines'
import { classifyKind } from './kinds'
import { normalizeLines } from './normalize-text'
import { reflowParagraphs } from './reflow-paragraphs'
import { isMarkdownPage, segmentMarkdown } from './segment-markdown'
import { segmentArticles } from './segment-articles'

export function segmentText(text: string) {
  const lines = normalizeLines(text.split('\n').map((t, i) => ({ no: i + 1, text: t })))
  const segmented = isMarkdownPage(lines) ? segmentMarkdown(lines) : segmentArticles(lines, silentReporter)
  const { drafts, unmatched } = attachHeadlines(segmented)
  return {
    unmatched: unmatched.map((l) => l.text),
    articles: drafts.map((d) => {
      const body = reflowParagraphs(d.body)
      return {
        kind: classifyKind(d, body),
        kicker: d.kicker,
        headline: d.headline,
        subheadline: d.subheadline,
        byline: d.byline,
        toPage: d.toPage,
        paragraphs: body.paragraphs,
        sections: body.sections.map((s) => s.heading),
        tables: body.tables,
        summary: d.summary.map((l) => l.text),
      }
    }),
  }
}
