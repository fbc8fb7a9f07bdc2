// Stage: a historian's corrections file (data/corrections.yaml) read and checked. Each entry is one correction —
// merge two people, split one by place or by date, fix or drop a title, fix a page's date or place, join or split
// its articles at a line — with the line
// it stands on, so that what it did (or that it no longer matches anything) is recorded against that line. An
// entry that is not one of these is a diagnostic with its line, and the others still apply.
import { isMap, isSeq, LineCounter, parseDocument, visit } from 'yaml'
import type { Reporter } from '../lib/diagnostics'

interface Common {
  /** the file's name (corrections.yaml, or the one given with --corrections), for the evidence it becomes */
  file: string
  /** 1-based line of the entry in the file */
  line: number
  note: string | null
}

export type Correction = Common & (
  | { kind: 'merge'; ids: string[] }
  | { kind: 'split'; id: string; newId: string | null; places: string[] | null; from: string | null }
  | { kind: 'title'; id: string; title: string; place: string | null; set: { title: string | null; place: string | null } | null }
  | { kind: 'page'; source: string; date: string | null; place: string | null }
  | { kind: 'boundary'; source: string; action: 'join' | 'split'; at: number }
  | { kind: 'text'; source: string; from: string; to: string }
  | RecordCorrection
)

/** A meeting, figure or appointment corrected field by field, or dropped. An appointment is named by its notice's
 * article and the name and title it had. */
interface RecordCorrection {
  kind: 'meeting' | 'figure' | 'appointment'
  id: string
  name: string | null
  title: string | null
  set: Record<string, string | number> | null
}

/** The fields a correction may set, per record, and whether each is a number or a day. */
const RECORD_FIELDS = {
  meeting: { name: 'text', date: 'day', place: 'text' },
  figure: { label: 'text', value: 'number', unit: 'text', year: 'number', qualifier: 'text' },
  appointment: { name: 'text', title: 'text', org: 'text', date: 'day', action: 'action' },
} as const

const DAY = /^\d{4}(-\d{2}(-\d{2})?)?$/

/** A date of the calendar: YYYY, YYYY-MM or YYYY-MM-DD with a real month and day (not 2019-13, not 2025-02-30). */
function isCalendarDate(s: string, day = false): boolean {
  if (!(day ? /^\d{4}-\d{2}-\d{2}$/ : DAY).test(s)) return false
  const [y, m = 1, d = 1] = s.split('-').map(Number) as [number, number?, number?]
  const t = new Date(Date.UTC(y, m - 1, d))
  return y >= 1 && t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d
}

/** The keys each kind of entry may have: any other (a misspelt `palce:`) makes the entry invalid, not silently half-read. */
const KEYS: Record<string, readonly string[]> = {
  merge: ['merge', 'note'],
  split: ['split', 'id', 'places', 'from', 'note'],
  person: ['person', 'title', 'place', 'set', 'remove', 'note'],
  meeting: ['meeting', 'set', 'remove', 'note'],
  figure: ['figure', 'set', 'remove', 'note'],
  appointment: ['appointment', 'name', 'title', 'set', 'remove', 'note'],
  boundary: ['page', 'join', 'split', 'note'],
  text: ['page', 'replace', 'with', 'note'],
  page: ['page', 'date', 'place', 'note'],
}
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : null)
const texts = (v: unknown): string[] | null => (Array.isArray(v) && v.every((x) => text(x)) ? v.map((x) => text(x)!) : null)

/** A correction as one entry says it, before the file it stands in is known. */
type Unfiled = DistributiveOmit<Correction, 'file'>
type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never

/** One entry as a correction, or the reason it is not one. */
function readEntry(e: Record<string, unknown>, line: number): Unfiled | string {
  const read = readFields(e, line)
  if (typeof read === 'string') return read
  const allowed = KEYS[read.kind === 'title' ? 'person' : read.kind]!
  const unknown = Object.keys(e).filter((k) => !allowed.includes(k))
  return unknown.length ? `${unknown.map((k) => `${k}:`).join(', ')} is not a field of this entry (${allowed.map((k) => `${k}:`).join(', ')}); the entry is not applied` : read
}

function readFields(e: Record<string, unknown>, line: number): Unfiled | string {
  const note = text(e.note)
  if ('merge' in e) {
    const ids = texts(e.merge)
    return ids && ids.length >= 2 ? { kind: 'merge', ids, line, note } : 'merge takes a list of two or more person ids'
  }
  if ('split' in e && !('page' in e)) {
    const id = text(e.split)
    const places = texts(e.places)
    const from = text(e.from)
    if (!id) return 'split takes a person id'
    if (!places && !from) return 'split needs places: [...] (roles there become the new person) or from: YYYY-MM-DD (roles first seen then or later)'
    if (from && !isCalendarDate(from)) return `split from: ${from} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`
    return { kind: 'split', id, newId: text(e.id), places, from, line, note }
  }
  if ('person' in e) {
    const id = text(e.person)
    const title = text(e.title)
    if (!id || !title) return 'a title correction names the person and the title as the corpus has it (person:, title:)'
    const set = e.set && typeof e.set === 'object' ? (e.set as Record<string, unknown>) : null
    if (!set && e.remove !== true) return 'a title correction says what to do: set: { title:, place: } or remove: true'
    return { kind: 'title', id, title, place: text(e.place), set: set ? { title: text(set.title), place: text(set.place) } : null, line, note }
  }
  for (const kind of ['meeting', 'figure', 'appointment'] as const) {
    if (!(kind in e)) continue
    const id = text(e[kind])
    if (!id) return `${kind}: takes the ${kind === 'appointment' ? "notice's article id" : 'id'}`
    const set = readSet(kind, e.set)
    if (typeof set === 'string') return set
    if (!set && e.remove !== true) return `a ${kind} correction says what to do: set: { … } or remove: true`
    if (kind === 'appointment' && (!text(e.name) || !text(e.title))) return 'an appointment correction names the person and the title the notice had (name:, title:)'
    return { kind, id, name: text(e.name), title: text(e.title), set, line, note }
  }
  if ('page' in e && ('join' in e || 'split' in e)) {
    const source = text(e.page)
    const action = 'join' in e ? 'join' : 'split'
    const at = Number(e[action])
    if (!source) return 'a page correction names the page file (page: 001_….txt)'
    if (!Number.isInteger(at) || at < 1) return `${action}: takes the page's line number where the article begins`
    return { kind: 'boundary', source, action, at, line, note }
  }
  if ('page' in e && ('replace' in e || 'with' in e)) {
    const source = text(e.page)
    // (raw strings: a correction of spacing or punctuation is a correction too; a line break is not one)
    const [from, to] = [e.replace, e.with].map((v) => (typeof v === 'number' ? String(v) : v))
    if (!source) return 'a page correction names the page file (page: 001_….txt)'
    if (typeof from !== 'string' || !from || typeof to !== 'string') return 'a text correction says what the page has and what it should be (replace: …, with: …)'
    if (/\n/.test(from + to)) return 'a text correction stays within a line: replace: and with: hold no line break'
    return { kind: 'text', source, from, to, line, note }
  }
  if ('page' in e) {
    const source = text(e.page)
    const date = text(e.date)
    const place = text(e.place)
    if (!source) return 'a page correction names the page file (page: 001_….txt)'
    if (!date && !place) return 'a page correction gives the date or the place'
    if (date && !isCalendarDate(date)) return `page date: ${date} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`
    return { kind: 'page', source, date, place, line, note }
  }
  return 'an entry is one of merge:, split:, person: (a title), page: (a date or place, join: / split: at a line, or replace: … with: … in its text), meeting:, figure:, appointment:'
}

/** `set:` of a record correction, each field checked for its kind; a string says what is wrong. */
function readSet(kind: RecordCorrection['kind'], raw: unknown): Record<string, string | number> | null | string {
  if (raw === undefined || raw === null) return null
  if (typeof raw !== 'object') return `set: of a ${kind} is a mapping of its fields`
  const fields: Record<string, string> = RECORD_FIELDS[kind]
  const out: Record<string, string | number> = {}
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const type = fields[key]
    if (!type) return `a ${kind} has no field ${key} to set (${Object.keys(fields).join(', ')})`
    if (type === 'number') {
      if (typeof value !== 'number' || !Number.isFinite(value)) return `${key}: of a ${kind} is a number`
      out[key] = value
    } else {
      const t = text(value)
      if (!t) return `${key}: of a ${kind} is text`
      if (type === 'day' && !isCalendarDate(t, true)) return `${key}: ${t} is not a day (YYYY-MM-DD)`
      if (type === 'action' && !['appoint', 'remove', 'resign', 'elect'].includes(t)) return `action: ${t} is not appoint, remove, resign or elect`
      out[key] = t
    }
  }
  return out
}

/** Where the innermost value holding this offset starts, or the offset itself. */
function startOf(doc: ReturnType<typeof parseDocument>, offset: number): number {
  let start = offset
  visit(doc, {
    Node(_, node) {
      if (node.range && node.range[0] <= offset && offset <= node.range[2]) start = node.range[0]
    },
  })
  return start
}

export function parseCorrections(yamlText: string, report: Reporter, file = 'corrections.yaml'): Correction[] {
  const lines = new LineCounter()
  const doc = parseDocument(yamlText, { lineCounter: lines })
  // an error is reported where its node starts (a quote left open is found only where the file ends)
  for (const err of doc.errors) report.fail('corrections/yaml', err.message.split('\n')[0]!, lines.linePos(startOf(doc, err.pos[0])).line)
  if (doc.errors.length) return []
  if (doc.contents === null) return []
  if (!isSeq(doc.contents)) {
    report.fail('corrections/shape', 'the corrections file is a list of entries, each starting with "- "', 1)
    return []
  }
  const out: Correction[] = []
  for (const item of doc.contents.items) {
    const line = lines.linePos((item as { range?: readonly number[] | null }).range?.[0] ?? 0).line
    if (!isMap(item)) {
      report.warn('corrections/invalid', 'an entry is a mapping (merge:, split:, person: or page:)', line)
      continue
    }
    const read = readEntry(item.toJSON() as Record<string, unknown>, line)
    if (typeof read === 'string') report.warn('corrections/invalid', read, line)
    else out.push({ ...read, file })
  }
  reportRepeats(out, report)
  return out
}

/** Two entries of one target: the same twice, or two that disagree (both apply in turn, so the later wins). */
function reportRepeats(list: readonly Correction[], report: Reporter): void {
  const seen = new Map<string, Correction>()
  // what an entry does, without where it stands and its note
  const doing = (c: Correction) => JSON.stringify({ ...c, line: 0, note: null, file: '' })
  for (const c of list) {
    const target = JSON.stringify(targetOf(c))
    const before = seen.get(target)
    seen.set(target, c)
    if (!before) continue
    const same = doing(before) === doing(c)
    report.warn('corrections/repeated', same ? `repeats the entry of line ${before.line}` : `corrects what the entry of line ${before.line} corrects, differently: both apply in turn, so this one wins`, c.line)
  }
}

/** What an entry corrects: its kind and the record (and, for a page, the field) it names. */
function targetOf(c: Correction): unknown[] {
  switch (c.kind) {
    case 'merge': return [c.kind, [...c.ids].sort()]
    case 'split': return [c.kind, c.id, c.places, c.from]
    case 'title': return [c.kind, c.id, c.title, c.place]
    case 'page': return [c.kind, c.source, c.date !== null, c.place !== null]
    case 'boundary': return [c.kind, c.source, c.at]
    case 'text': return [c.kind, c.source, c.from]
    default: return [c.kind, c.id, c.name, c.title]
  }
}
