// Stage: a historian's corrections applied with provenance. Each changed record keeps what it had (`corrections`
// on the person or page), and every entry of the file is recorded as applied or as matching nothing any more, so
// that a correction never silently stops working when the corpus changes under it.
import type { AppliedCorrection, Appointment, CorrectionRecord, Figure, Issue, Meeting, Person, Role } from '../../shared/corpus-schema'
import { byCodePoint } from '../lib/collections'
import type { PageFix } from '../page/page-stages'
import type { Correction } from './parse-corrections'

/** Evidence sentences a merged role keeps, as a built role does. */
const EVIDENCE_LIMIT = 20

export class CorrectionLog {
  readonly records: CorrectionRecord[] = []

  record(c: Correction, target: string, change: { original: string; corrected: string } | null): AppliedCorrection | null {
    const applied = { kind: c.kind, line: c.line, original: change?.original ?? '', corrected: change?.corrected ?? '', note: c.note }
    this.records.push({ ...applied, target, status: change ? 'applied' : 'unmatched' })
    return change ? applied : null
  }
}

const describeDate = (d: Issue['date']) => (d.value ?? (d.earliest && d.latest ? `${d.earliest}..${d.latest}` : 'unknown'))

/** The page's date and place as the corrections give them. Pure: the same page and corrections, the same result. */
export function correctPage(issue: Issue, corrections: readonly Correction[], log?: CorrectionLog): Issue {
  let out = issue
  for (const c of corrections) {
    if (c.kind !== 'page' || c.source !== issue.source) continue
    const evidence = [`${c.file}:${c.line}`]
    const changes: AppliedCorrection[] = []
    const next = { ...out }
    if (c.date) {
      const [earliest, latest] = spanOf(c.date)
      next.date = { value: c.date.length === 10 ? c.date : null, earliest, latest, basis: 'metadata', evidence }
      changes.push({ kind: 'page', line: c.line, original: describeDate(out.date), corrected: c.date, note: c.note })
    }
    if (c.place) {
      next.place = c.place
      next.placeBasis = 'metadata'
      next.placeEvidence = evidence
      changes.push({ kind: 'page', line: c.line, original: out.place ?? 'unknown', corrected: c.place, note: c.note })
    }
    next.corrections = [...(out.corrections ?? []), ...changes]
    out = next
    if (log) for (const ch of changes) log.record(c, issue.source, ch)
  }
  return out
}

/** YYYY, YYYY-MM or YYYY-MM-DD as its first and last day. */
function spanOf(date: string): [string, string] {
  if (date.length === 4) return [`${date}-01-01`, `${date}-12-31`]
  if (date.length === 7) {
    const [y, m] = date.split('-').map(Number) as [number, number]
    return [`${date}-01`, `${date}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`]
  }
  return [date, date]
}

/** Pages whose source no correction matched, recorded once all pages are read. */
export function recordUnmatchedPages(corrections: readonly Correction[], sources: ReadonlySet<string>, log: CorrectionLog): void {
  for (const c of corrections) if (c.kind === 'page' && !sources.has(c.source)) log.record(c, c.source, null)
}

/** The corrections of a page's text and of where its articles begin, as the page stages take them. */
export function pageFixesFor(source: string, corrections: readonly Correction[]): PageFix[] {
  return corrections.flatMap((c): PageFix[] => {
    if (c.kind === 'boundary' && c.source === source) return [{ entry: c.line, action: c.action, at: c.at, note: c.note }]
    if (c.kind === 'text' && c.source === source) return [{ entry: c.line, action: 'replace', from: c.from, to: c.to, note: c.note }]
    return []
  })
}

/** What each correction of a page's text or articles did, as the pages built with them say (the page stages apply them). */
export function recordPageFixes(corrections: readonly Correction[], issues: readonly Issue[], log: CorrectionLog): void {
  const bySource = new Map(issues.map((i) => [i.source, i]))
  for (const c of corrections) {
    if (c.kind !== 'boundary' && c.kind !== 'text') continue
    const done = bySource.get(c.source)?.corrections?.find((a) => a.kind === c.kind && a.line === c.line)
    log.record(c, c.kind === 'text' ? `${c.source} ${c.from}` : `${c.source} ${c.action} ${c.at}`, done ? { original: done.original, corrected: done.corrected } : null)
  }
}

const roleKey = (r: Pick<Role, 'title' | 'place'>) => `${r.place ?? ''}|${r.title}`
const roleText = (r: Pick<Role, 'title' | 'place'>) => (r.place ? `${r.place} ${r.title}` : r.title)
const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])]
const minDate = (a: string | null, b: string | null) => (a && b ? (a < b ? a : b) : (a ?? b))
const maxDate = (a: string | null, b: string | null) => (a && b ? (a > b ? a : b) : (a ?? b))

function mergeRoles(roles: readonly Role[]): Role[] {
  const byKey = new Map<string, Role>()
  for (const r of roles) {
    const had = byKey.get(roleKey(r))
    byKey.set(roleKey(r), had ? {
      ...had, articleIds: union(had.articleIds, r.articleIds), firstDate: minDate(had.firstDate, r.firstDate), lastDate: maxDate(had.lastDate, r.lastDate),
      evidence: [...had.evidence, ...r.evidence.filter((e) => !had.evidence.some((h) => h.articleId === e.articleId && h.sentence === e.sentence))].slice(0, EVIDENCE_LIMIT),
    } : r)
  }
  return [...byKey.values()].sort((a, b) => byCodePoint(a.firstDate ?? a.lastDate ?? '', b.firstDate ?? b.lastDate ?? '') || byCodePoint(roleKey(a), roleKey(b)))
}

const withCorrection = (p: Person, applied: AppliedCorrection | null): Person => (applied ? { ...p, corrections: [...(p.corrections ?? []), applied] } : p)

/**
 * People as the corrections make them: merges, splits, titles fixed or dropped, in the order of the file.
 * `articleOf` gives an article's page (its place and date), to split the articles that name a person without a title.
 */
export function correctPeople(people: readonly Person[], corrections: readonly Correction[], articleOf: (id: string) => Issue | undefined, log: CorrectionLog): Person[] {
  const byId = new Map(people.map((p) => [p.id, p]))
  for (const c of corrections) {
    if (c.kind === 'merge') {
      const found = c.ids.map((id) => byId.get(id)).filter((p): p is Person => !!p)
      if (found.length < 2) {
        log.record(c, c.ids.join(' + '), null)
        continue
      }
      const [into, ...rest] = found as [Person, ...Person[]]
      const merged: Person = {
        ...into, roles: mergeRoles(found.flatMap((p) => p.roles)), articleIds: found.map((p) => p.articleIds).reduce(union),
        kind: found.some((p) => p.kind === 'official') ? 'official' : into.kind,
        corrections: found.flatMap((p) => p.corrections ?? []),
      }
      for (const p of rest) byId.delete(p.id)
      byId.set(into.id, withCorrection(merged, log.record(c, c.ids.join(' + '), { original: found.map((p) => p.id).join(' + '), corrected: into.id })))
    } else if (c.kind === 'split') {
      const p = byId.get(c.id)
      const newId = c.newId ?? `${c.id}-2`
      const moves = (r: Role) => (c.places ? !!r.place && c.places.includes(r.place) : !!c.from && (r.firstDate ?? r.lastDate ?? '') >= spanOf(c.from)[0])
      const articleMoves = (id: string) => {
        const issue = articleOf(id)
        return c.places ? !!issue?.place && c.places.includes(issue.place) : !!c.from && (issue?.date.value ?? issue?.date.earliest ?? '') >= spanOf(c.from)[0]
      }
      if (!p || byId.has(newId) || !p.roles.some(moves) && !p.articleIds.some(articleMoves)) {
        log.record(c, c.id, null)
        continue
      }
      const moved = p.roles.filter(moves)
      const kept = p.roles.filter((r) => !moves(r))
      const movedArticles = new Set([...moved.flatMap((r) => r.articleIds), ...p.articleIds.filter(articleMoves)])
      const keptArticles = new Set(kept.flatMap((r) => r.articleIds))
      const by = c.places ? c.places.join('、') : `${c.from}起`
      const applied = log.record(c, c.id, { original: p.id, corrected: `${p.id} | ${newId}（${by}）` })
      byId.set(p.id, withCorrection({ ...p, roles: kept, articleIds: p.articleIds.filter((id) => keptArticles.has(id) || !movedArticles.has(id)) }, applied))
      byId.set(newId, withCorrection({ ...p, id: newId, roles: moved, articleIds: p.articleIds.filter((id) => movedArticles.has(id)), corrections: [] }, applied))
    } else if (c.kind === 'title') {
      const p = byId.get(c.id)
      const role = p?.roles.find((r) => r.title === c.title && (c.place === null || r.place === c.place))
      if (!p || !role) {
        log.record(c, `${c.id} ${c.title}`, null)
        continue
      }
      const fixed = c.set ? { ...role, title: c.set.title ?? role.title, place: c.set.place ?? role.place } : null
      const applied = log.record(c, `${c.id} ${c.title}`, { original: roleText(role), corrected: fixed ? roleText(fixed) : '—' })
      byId.set(p.id, withCorrection({ ...p, roles: mergeRoles(p.roles.map((r) => (r === role ? fixed : r)).filter((r): r is Role => !!r)) }, applied))
    }
  }
  // the people in the corpus's order, the new ones of splits after them
  const known = new Set(people.map((p) => p.id))
  return [...people.flatMap((p) => byId.get(p.id) ?? []), ...[...byId.values()].filter((p) => !known.has(p.id)).sort((a, b) => byCodePoint(a.id, b.id))]
}

interface Records {
  meetings: Meeting[]
  figures: Figure[]
  appointments: Appointment[]
}

/** A record with the fields a correction sets, and the text of what changed (field: old → new). */
function setFields<T extends object>(record: T, set: Record<string, string | number>, apply: (r: T, key: string, value: string | number) => T, read: (r: T, key: string) => unknown) {
  let out = record
  for (const [key, value] of Object.entries(set)) out = apply(out, key, value)
  const fields = Object.keys(set)
  return {
    record: out,
    original: fields.map((k) => `${k}: ${String(read(record, k) ?? '—')}`).join('，'),
    corrected: fields.map((k) => `${k}: ${String(read(out, k) ?? '—')}`).join('，'),
  }
}

const meetingField = (m: Meeting, key: string) => (key === 'date' ? m.date.value : (m as unknown as Record<string, unknown>)[key])
const setMeeting = (m: Meeting, key: string, value: string | number): Meeting =>
  key === 'date' ? { ...m, date: { value: String(value), basis: 'explicit', text: m.date.text } } : { ...m, [key]: value }
const plainField = <T extends object>(r: T, key: string) => (r as Record<string, unknown>)[key]
const setPlain = <T extends object>(r: T, key: string, value: string | number): T => ({ ...r, [key]: value })

/** Meetings, figures and appointments as the corrections make them: fields set, or the record dropped. */
export function correctRecords(records: Records, corrections: readonly Correction[], log: CorrectionLog): Records {
  let { meetings, figures, appointments } = records
  for (const c of corrections) {
    if (c.kind !== 'meeting' && c.kind !== 'figure' && c.kind !== 'appointment') continue
    const target = c.kind === 'appointment' ? `${c.id} ${c.name} ${c.title}` : c.id
    const fix = <T extends object>(list: T[], matches: (r: T) => boolean, read: (r: T, key: string) => unknown, apply: (r: T, key: string, v: string | number) => T): T[] => {
      const at = list.findIndex(matches)
      if (at < 0) {
        log.record(c, target, null)
        return list
      }
      if (!c.set) {
        log.record(c, target, { original: target, corrected: '—' })
        return list.filter((_, i) => i !== at)
      }
      const { record, original, corrected } = setFields(list[at]!, c.set, apply, read)
      const applied = log.record(c, target, { original, corrected })!
      const marked = { ...record, corrections: [...((record as { corrections?: AppliedCorrection[] }).corrections ?? []), applied] }
      return list.map((r, i) => (i === at ? marked : r))
    }
    if (c.kind === 'meeting') meetings = fix(meetings, (m) => m.id === c.id, meetingField, setMeeting)
    else if (c.kind === 'figure') figures = fix(figures, (f) => f.id === c.id, plainField, setPlain)
    else appointments = fix(appointments, (a) => a.articleId === c.id && a.name === c.name && a.title === c.title, plainField, setPlain)
  }
  return { meetings, figures, appointments }
}
