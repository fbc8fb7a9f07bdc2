// Stage: a historian's corrections of where articles begin, by the page's own line numbers (which an article's
// source shows, and which stay the same however the builder changes): `join` makes the article that holds a line
// the continuation of the one before it; `split` begins a new article at a line inside one. Every line stays
// in an article; each correction applied is kept on the page with what the articles were.
import type { AppliedCorrection } from '../../shared/corpus-schema'
import type { Reporter } from '../lib/diagnostics'
import { minOf } from '../lib/collections'
import { draftLines, newDraft } from './article-draft'
import type { TitledDraft } from './attach-headlines'

export interface BoundaryFix {
  /** the entry's line in the corrections file */
  entry: number
  action: 'join' | 'split'
  /** the page's line where the article to join begins, or where the new article begins */
  at: number
  note: string | null
}

const lineRange = (d: TitledDraft) => {
  const lines = draftLines(d)
  return `${minOf(lines)}–${Math.max(...lines)}`
}

export function correctBoundaries(drafts: readonly TitledDraft[], fixes: readonly BoundaryFix[], report: Reporter): { drafts: TitledDraft[]; applied: AppliedCorrection[] } {
  let out = [...drafts]
  const applied: AppliedCorrection[] = []
  for (const fix of fixes) {
    const record = (original: string, corrected: string) => applied.push({ kind: 'boundary', line: fix.entry, original, corrected, note: fix.note })
    if (fix.action === 'join') {
      // the article that holds the line (its first, as its source shows, or any other)
      const j = out.findIndex((d) => draftLines(d).includes(fix.at))
      if (j <= 0) {
        report.warn('corrections/unmatched', `no article after the first holds line ${fix.at}: nothing to join (corrections.yaml:${fix.entry})`, fix.at)
        continue
      }
      const [prev, next] = [out[j - 1]!, out[j]!]
      const original = `${lineRange(prev)} | ${lineRange(next)}`
      const joined: TitledDraft = {
        ...prev,
        // the later article's title lines read on as its text
        body: [...prev.body, ...next.titles.map((l) => ({ no: l.no, text: l.text })), ...next.summary.map((l) => ({ no: l.no, text: l.text })), ...next.body],
        metaLines: [...prev.metaLines, ...next.metaLines],
        byline: {
          reporters: [...new Set([...prev.byline.reporters, ...next.byline.reporters])],
          correspondents: [...new Set([...prev.byline.correspondents, ...next.byline.correspondents])],
          photographers: [...new Set([...prev.byline.photographers, ...next.byline.photographers])],
        },
        toPage: next.toPage ?? prev.toPage,
        closed: next.closed,
      }
      out = [...out.slice(0, j - 1), joined, ...out.slice(j + 1)]
      record(original, lineRange(joined))
    } else {
      const j = out.findIndex((d) => d.body.some((p) => p.no === fix.at) && d.body[0]!.no !== fix.at)
      if (j < 0) {
        report.warn('corrections/unmatched', `no article holds line ${fix.at} after its first paragraph: nothing to split (corrections.yaml:${fix.entry})`, fix.at)
        continue
      }
      const d = out[j]!
      const k = d.body.findIndex((p) => p.no >= fix.at)
      const later = d.metaLines.filter((n) => n >= fix.at)
      const second: TitledDraft = { ...newDraft(), kicker: null, headline: null, subheadline: null, body: d.body.slice(k), metaLines: later, toPage: d.toPage, closed: d.closed }
      // the byline goes with the article whose lines print it
      if (later.length && later.length === d.metaLines.length) second.byline = d.byline
      const first: TitledDraft = { ...d, body: d.body.slice(0, k), metaLines: d.metaLines.filter((n) => n < fix.at), toPage: null, ...(second.byline === d.byline ? { byline: newDraft().byline } : {}) }
      out = [...out.slice(0, j), first, second, ...out.slice(j + 1)]
      record(lineRange(d), `${lineRange(first)} | ${lineRange(second)}`)
    }
  }
  return { drafts: out, applied }
}
