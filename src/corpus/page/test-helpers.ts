// Test helper: a page text through the segmenting stages, as the fields a reader sees.
import { silentReporter } from '../lib/diagnostics'
import { classifyKind } from './kinds'
import { normalizeLines } from './normalize-text'
import { reflowParagraphs } from './reflow-paragraphs'
import { segmentPage } from './segment-page'

export function segmentText(text: string) {
  const lines = normalizeLines(text.split('\n').map((t, i) => ({ no: i + 1, text: t })))
  const { drafts, unmatched } = segmentPage(lines, silentReporter)
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
