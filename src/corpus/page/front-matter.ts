// Stage: text → page metadata from optional YAML front matter, and the page's lines numbered as in the file.
import { parseDocument } from 'yaml'
import type { Reporter } from '../lib/diagnostics'
import { isoDate } from '../lib/dates'
import type { PageBlock } from '../../shared/corpus-schema'

export interface SourceLine {
  /** 1-based line number in the input file */
  no: number
  text: string
}

export interface PageMeta {
  paper?: string
  place?: string
  date?: string
  page?: number
  section?: string
}

export interface PageText {
  meta: PageMeta
  lines: SourceLine[]
  frontMatter: PageBlock | null
}

const FENCE = /^---\s*$/

export function readFrontMatter(text: string, report: Reporter): PageText {
  const all = text.split(/\r\n|\r|\n/).map((t, i) => ({ no: i + 1, text: t }))
  if (!FENCE.test(all[0]?.text ?? '')) return { meta: {}, lines: all, frontMatter: null }
  const close = all.findIndex((l, i) => i > 0 && FENCE.test(l.text))
  if (close < 0) {
    report.warn('front-matter/unclosed', 'front matter opened with --- on line 1 is never closed; the page is read as text', 1)
    return { meta: {}, lines: all, frontMatter: null }
  }
  const yamlLines = all.slice(1, close)
  const frontMatter: PageBlock = {
    kind: 'front-matter',
    lines: [1, close + 1],
    text: all.slice(0, close + 1).map((l) => l.text).filter((t) => t.trim()),
  }
  const rest = all.slice(close + 1)
  const doc = parseDocument(yamlLines.map((l) => l.text).join('\n'))
  if (doc.errors.length) {
    for (const e of doc.errors) {
      const line = 1 + (e.linePos?.[0]?.line ?? 1)
      report.warn('front-matter/yaml', `broken front matter, ignored: ${e.message.split('\n')[0]}`, line)
    }
    return { meta: {}, lines: rest, frontMatter }
  }
  const data: unknown = doc.toJS()
  if (data == null) return { meta: {}, lines: rest, frontMatter }
  if (typeof data !== 'object' || Array.isArray(data)) {
    report.warn('front-matter/shape', 'front matter is not a mapping of keys to values; ignored', 2)
    return { meta: {}, lines: rest, frontMatter }
  }
  return { meta: readMeta(data as Record<string, unknown>, yamlLines, report), lines: rest, frontMatter }
}

/** The text after `key:` on its line, unquoted. */
function rawValue(lines: SourceLine[], key: string): string | null {
  const line = lines.find((l) => l.text.trimStart().startsWith(`${key}:`))
  return line ? line.text.slice(line.text.indexOf(':') + 1).trim().replace(/^(['"])(.*)\1$/, '$2') : null
}

function readMeta(data: Record<string, unknown>, yamlLines: SourceLine[], report: Reporter): PageMeta {
  const meta: PageMeta = {}
  const lineOf = (key: string) => yamlLines.find((l) => l.text.trimStart().startsWith(`${key}:`))?.no ?? 2
  const bad = (key: string, why: string) => report.warn('front-matter/field', `front matter "${key}" ${why}; ignored`, lineOf(key))
  for (const key of ['paper', 'place', 'section'] as const) {
    const v = data[key]
    if (v == null) continue
    if (typeof v === 'string' && v.trim()) meta[key] = v.trim()
    else bad(key, 'is not a text')
  }
  if (data.date != null) {
    // read as printed: YAML rolls 2025-02-30 over into a Date of 2025-03-02
    const d = rawValue(yamlLines, 'date') ?? String(data.date)
    const m = d.match(/^(\d{4})-(\d{2})-(\d{2})$/)
    if (m && isoDate(Number(m[1]), Number(m[2]), Number(m[3]))) meta.date = d
    else bad('date', `"${d}" is not a day of the calendar like 2025-06-13`)
  }
  if (data.page != null) {
    const p = typeof data.page === 'number' || (typeof data.page === 'string' && /^\d+$/.test(data.page.trim())) ? Number(data.page) : NaN
    if (Number.isInteger(p) && p > 0) meta.page = p
    else bad('page', `"${String(data.page)}" is not a page number`)
  }
  for (const key of Object.keys(data)) {
    if (!['paper', 'place', 'section', 'date', 'page'].includes(key)) report.warn('front-matter/unknown-key', `front matter key "${key}" is not used`, lineOf(key))
  }
  return meta
}

/** Front matter wins, but never silently over what the page itself prints. */
export function reportContradictions(meta: PageMeta, printed: { date?: string | null; page?: number | null }, report: Reporter): void {
  if (meta.date && printed.date && meta.date !== printed.date) report.warn('front-matter/contradicts-page', `front matter date ${meta.date} is taken over the date the page prints, ${printed.date}`, 1)
  if (meta.page && printed.page && meta.page !== printed.page) report.warn('front-matter/contradicts-page', `front matter page ${meta.page} is taken over the page number the page prints, ${printed.page}`, 1)
}
