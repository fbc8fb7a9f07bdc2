// Stage across pages: one paper, one county. Pages of one top folder that agree on a paper — the name its masthead or
// e-paper header prints, or the e-paper's host in the path — serve one county. The county most of them show
// decides the pages whose own evidence is weak (none, or what their content happens to name), with basis `paper`;
// a page whose masthead names another county is kept and reported.
import * as v from 'valibot'
import type { Diagnostic } from '../lib/diagnostics'
import type { Issue } from '../../shared/corpus-schema'
import type { PaperHint } from '../pipeline'

/** What tells a paper: its printed name, else a host name among the path's folders (paper.example.cn). */
function paperIdentity(issue: Issue): string | null {
  if (issue.paper) return issue.paper
  const folders = issue.source.split('/').slice(0, -1)
  return folders.find((f) => /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(f)) ?? null
}

/** The input's top folder a page is under ('' at the root): a mirror's host, a paper's folder, a county's. */
const folderOf = (source: string) => (source.includes('/') ? source.split('/')[0]! : '')
const STRONG = new Set<Issue['placeBasis']>(['metadata', 'masthead', 'paper'])
/** Pages that must agree before a paper's county decides another page. */
const MIN_AGREEING = 2

interface PaperGroup {
  paper: string
  folder: string
  issues: Issue[]
}

/** Pages grouped by folder and paper; pages that tell no paper are in no group. */
function paperGroups(issues: readonly Issue[]): PaperGroup[] {
  const groups = new Map<string, PaperGroup>()
  for (const issue of issues) {
    const paper = paperIdentity(issue)
    if (!paper) continue
    const folder = folderOf(issue.source)
    const key = `${folder}\0${paper}`
    const group = groups.get(key) ?? { paper, folder, issues: [] }
    group.issues.push(issue)
    groups.set(key, group)
  }
  return [...groups.values()]
}

export interface Consensus {
  /** pages to build again with their paper's county */
  replace: Map<string, PaperHint>
  diagnostics: Diagnostic[]
}

/** `issues` as built from their own evidence (pages placed by a papers.yaml are left as they are). */
export function paperConsensus(issues: readonly Issue[]): Consensus {
  const replace = new Map<string, PaperHint>()
  const diagnostics: Diagnostic[] = []
  for (const group of paperGroups(issues)) {
    const votes = new Map<string, { weight: number; pages: number; code: string | null }>()
    for (const i of group.issues) {
      if (!i.place) continue
      const v = votes.get(i.place) ?? { weight: 0, pages: 0, code: i.placeCode ?? null }
      v.weight += STRONG.has(i.placeBasis) ? 2 : 1
      v.pages++
      votes.set(i.place, v)
    }
    const total = [...votes.values()].reduce((n, v) => n + v.weight, 0)
    const [place, top] = [...votes].sort((a, b) => b[1].weight - a[1].weight || (a[0] < b[0] ? -1 : 1))[0] ?? []
    if (!place || !top || top.pages < MIN_AGREEING || top.weight * 2 <= total) continue
    const evidence = `paper ${group.paper}${group.folder ? ` in ${group.folder}` : ''}: ${top.pages} of ${group.issues.length} pages serve ${place}`
    for (const i of group.issues) {
      if (i.place === place || i.placeBasis === 'paper') continue
      if (STRONG.has(i.placeBasis)) {
        diagnostics.push({ file: i.source, line: 0, ruleId: 'place/paper-disagrees', message: `the page says ${i.place} (${i.placeEvidence.join(', ')}), the other pages of ${group.paper} ${place}`, fatal: false })
        continue
      }
      replace.set(i.id, { name: null, place, code: top.code, evidence: [evidence, ...i.placeEvidence.map((e) => `the page alone: ${e}`)], dates: null })
    }
  }
  return { replace, diagnostics }
}

/** A paper as the build's report (corpus-report.json) lists it. */
export const PaperSummarySchema = v.object({ paper: v.string(), pages: v.number(), place: v.nullable(v.string()), years: v.nullable(v.tuple([v.number(), v.number()])), unplaced: v.number() })
export type PaperSummary = v.InferOutput<typeof PaperSummarySchema>

/** One line per paper for the build's report: its pages, county, years, and pages not placed. */
export function paperSummaries(issues: readonly Issue[]): PaperSummary[] {
  return paperGroups(issues).map((g) => {
    const places = new Map<string, number>()
    for (const i of g.issues) if (i.place) places.set(i.place, (places.get(i.place) ?? 0) + 1)
    const years = g.issues.map((i) => Number((i.date.value ?? i.date.earliest ?? '').slice(0, 4))).filter((y) => y > 0)
    return {
      paper: g.folder && g.folder !== g.paper ? `${g.paper} (${g.folder})` : g.paper,
      pages: g.issues.length,
      place: [...places].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null,
      years: years.length ? [Math.min(...years), Math.max(...years)] : null,
      unplaced: g.issues.filter((i) => !i.place).length,
    }
  })
}
