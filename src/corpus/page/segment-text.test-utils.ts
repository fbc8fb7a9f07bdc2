// Test helper: a page text through the page stages exactly as the build composes them (buildPage), as the
// fields a reader sees.
import { createReporter } from '../lib/diagnostics'
import { buildPage } from '../pipeline'

export function segmentText(text: string) {
  const result = buildPage({ path: 'p.txt', bytes: new TextEncoder().encode(text) }, 'p', createReporter('p.txt'))
  if (!result) throw new Error('the page could not be read')
  const { issue, articles } = result
  return {
    issue,
    /** headline-like lines no article claimed, kept as "other" blocks */
    unmatched: issue.blocks.filter((b) => b.kind === 'other').flatMap((b) => b.text),
    articles: articles.map((a) => ({
      kind: a.kind,
      kicker: a.kicker,
      headline: a.headline,
      subheadline: a.subheadline,
      byline: a.byline,
      toPage: a.toPage,
      paragraphs: a.paragraphs,
      sections: a.sections.map((s) => s.heading),
      tables: a.tables,
      summary: a.summary,
    })),
  }
}
