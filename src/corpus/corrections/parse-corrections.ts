// Stage: a historian's corrections file (data/corrections.yaml) read and checked. Each entry is one correction —
// merge two people, split one by place or by date, fix or drop a title, fix a page's date or place, join or split
// its articles at a line — with the line
// it stands on, so that what it did (or that it no longer matches anything) is recorded against that line. An
// entry that is not one of these is a diagnostic with its line, and the others still apply.
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml'
import type { Reporter } from '../lib/diagnostics'

interface Common {
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
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : null)
const texts = (v: unknown): string[] | null => (Array.isArray(v) && v.every((x) => text(x)) ? v.map((x) => text(x)!) : null)

/** One entry as a correction, or the reason it is not one. */
function readEntry(e: Record<string, unknown>, line: number): Correction | string {
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
    if (from && !DAY.test(from)) return `split from: ${from} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`
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
  if ('page' in e) {
    const source = text(e.page)
    const date = text(e.date)
    const place = text(e.place)
    if (!source) return 'a page correction names the page file (page: 001_….txt)'
    if (!date && !place) return 'a page correction gives the date or the place'
    if (date && !DAY.test(date)) return `page date: ${date} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`
    return { kind: 'page', source, date, place, line, note }
  }
  return 'an entry is one of merge:, split:, person: (a title), page: (a date or place, or join: / split: at a line), meeting:, figure:, appointment:'
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
      if (type === 'day' && !/^\d{4}-\d{2}-\d{2}$/.test(t)) return `${key}: ${t} is not a day (YYYY-MM-DD)`
      if (type === 'action' && !['appoint', 'remove', 'resign', 'elect'].includes(t)) return `action: ${t} is not appoint, remove, resign or elect`
      out[key] = t
    }
  }
  return out
}

export function parseCorrections(yamlText: string, report: Reporter): Correction[] {
  const lines = new LineCounter()
  const doc = parseDocument(yamlText, { lineCounter: lines })
  for (const err of doc.errors) report.fail('corrections/yaml', err.message, lines.linePos(err.pos[0]).line)
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
    else out.push(read)
  }
  return out
}
