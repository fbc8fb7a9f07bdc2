// Stage: a historian's corrections of a page's text as it was read (a word OCR misread, 温州播台 for 温州擂台, or a
// dump's garbled character): every occurrence on the page is replaced before any stage reads the text, within its
// line (a correction never joins or splits lines, so every line number stays), and each correction applied is kept
// on the page with what the text had.
import type { AppliedCorrection } from '../../shared/corpus-schema'
import type { Reporter } from '../lib/diagnostics'
import type { DecodedText } from './decode'

export interface TextFix {
  /** the entry's line in the corrections file */
  entry: number
  action: 'replace'
  /** the text as read, and what it should be (neither holds a line break) */
  from: string
  to: string
  note: string | null
}

export function correctText(decoded: DecodedText, fixes: readonly TextFix[], report: Reporter): { decoded: DecodedText; applied: AppliedCorrection[] } {
  let text = decoded.text
  const applied: AppliedCorrection[] = []
  for (const fix of fixes) {
    const lines = linesOf(text, fix.from)
    if (!lines.length) {
      report.warn('corrections/unmatched', `the page's text has no "${fix.from}" to correct (corrections.yaml:${fix.entry})`)
      continue
    }
    text = text.split(fix.from).join(fix.to)
    const where = [...new Set(lines)].slice(0, 8).join(', ')
    applied.push({ kind: 'text', line: fix.entry, original: `${fix.from} (×${lines.length}, line ${where})`, corrected: fix.to, note: fix.note })
  }
  return { decoded: { ...decoded, text }, applied }
}

/** The line (1-based) of each occurrence of `word`, counted in one pass over the text. */
function linesOf(text: string, word: string): number[] {
  const out: number[] = []
  let line = 1
  let counted = 0
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    for (let i = text.indexOf('\n', counted); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++
    counted = at
    out.push(line)
  }
  return out
}
