// Stage: a papers.yaml read and checked. It names the papers of the folder it stands in — each paper's name, the
// county it serves (a name of the gazetteer, or its code), the sub-folder its pages are under, and how its paths
// carry dates — so that a page takes its paper's place with basis `paper` instead of a guess. A county the
// gazetteer does not know is a fatal diagnostic naming the line: nothing is built from a guess.
//
//   papers:
//     - name: 平阳报
//       county: 平阳县          # or code: 330326
//       folder: pingyang        # optional: the pages under this sub-folder (default: all under this file)
//       pages: [001.txt, "2025-*.txt"]   # optional: only these files of it (a * stands for any run of characters)
//       dates: html/{yyyy}-{mm}/{dd}/   # optional: where the path carries the page's day
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml'
import type { Reporter } from '../lib/diagnostics'
import { findCounties } from '../lexicon/divisions'
import { gazetteer } from '../lexicon/gazetteer'
import { pathDatePattern } from './path-dates'

export interface Paper {
  name: string
  /** the county's name as configured (子长县), and the gazetteer code it resolved to */
  place: string
  code: string
  /** the folder its pages are under, relative to the input root, with / separators ('' = all) */
  folder: string
  /** the files it holds, as patterns of paths relative to the input root (* = any run of characters but /); null: all */
  pages: RegExp[] | null
  /** a path pattern with {yyyy} {mm} {dd} {m} {d}, or null */
  dates: string | null
  /** where it is configured: file and line */
  origin: string
}

/** `folder`: where the file stands, relative to the input root ('' for the root). */
export function parsePapers(text: string, folder: string, report: Reporter): Paper[] {
  const counter = new LineCounter()
  const doc = parseDocument(text, { lineCounter: counter })
  for (const e of doc.errors) report.fail('papers/yaml', e.message.split('\n')[0]!, counter.linePos(e.pos[0]).line)
  if (doc.errors.length) return []
  const list = isMap(doc.contents) ? doc.contents.get('papers', true) : null
  if (!isSeq(list)) {
    report.fail('papers/shape', 'papers.yaml holds a list under "papers:" (each with name and county or code)', 1)
    return []
  }
  const out: Paper[] = []
  for (const item of list.items) {
    const line = counter.linePos((item as { range?: [number] }).range?.[0] ?? 0).line
    const e = isMap(item) ? (item.toJSON() as Record<string, unknown>) : null
    const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '')
    const name = str(e?.name)
    if (!e || !name) {
      report.fail('papers/entry', 'a paper needs a name', line)
      continue
    }
    const unit = resolveCounty(str(e.county), str(e.code))
    if (typeof unit === 'string') {
      report.fail('papers/unknown-county', `${name}: ${unit}`, line)
      continue
    }
    const dates = str(e.dates) || null
    if (dates && !pathDatePattern(dates)) {
      report.fail('papers/dates', `${name}: dates "${dates}" needs {yyyy}, {mm} or {m}, and {dd} or {d}`, line)
      continue
    }
    const sub = str(e.folder).replace(/^\/+|\/+$/g, '')
    const under = [folder, sub].filter(Boolean).join('/')
    const listed = e.pages === undefined ? null : Array.isArray(e.pages) ? e.pages.map(str).filter(Boolean) : [str(e.pages)].filter(Boolean)
    if (listed && !listed.length) {
      report.fail('papers/pages', `${name}: pages lists the files of the paper (pages: [001.txt, "2025-*.txt"])`, line)
      continue
    }
    const pages = listed?.map((pattern) => filePattern([under, pattern].filter(Boolean).join('/'))) ?? null
    out.push({ name, place: unit.name, code: unit.code, folder: under, pages, dates, origin: `papers.yaml:${line}` })
  }
  return out
}

/** A county by its name (full, of any year) or code; a message when it is none the gazetteer knows. */
function resolveCounty(name: string, code: string): { name: string; code: string } | string {
  if (code) {
    const unit = gazetteer().find((u) => u.code === code && u.level === 'county')
    if (!unit) return `no county-level division has the code ${code}`
    if (name && unit.name !== name && !gazetteer().some((u) => u.code === code && u.name === name)) return `the code ${code} is ${unit.name}, not ${name}`
    return { name: name || unit.name, code }
  }
  if (!name) return 'a paper needs its county (county: 平阳县) or its code (code: 330326)'
  const found = findCounties(name).filter((c) => c.name === name)
  if (found.length === 1) return { name, code: found[0]!.code }
  if (found.length > 1) return `${name} is the name of ${found.length} counties (${found.map((c) => c.province).join(', ')}): give its code`
  return `no county-level division is named ${name} (give the full name, 平阳县, or the code)`
}

/** 2025-*.txt → a whole-path pattern where * is any run of characters within one folder. */
function filePattern(glob: string): RegExp {
  // a PDF's pages (paper.pdf#page=2) are the PDF's
  return new RegExp(`^${glob.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}(?:#page=\\d+)?$`)
}

/** The paper a page belongs to: one that lists the file, else the one of the deepest folder holding it. */
export function paperOfPage(papers: readonly Paper[], path: string): Paper | null {
  let best: Paper | null = null
  const rank = (p: Paper) => (p.pages ? 1e6 : 0) + p.folder.length
  for (const p of papers) {
    if (p.folder && !path.startsWith(`${p.folder}/`)) continue
    if (p.pages && !p.pages.some((re) => re.test(path))) continue
    if (!best || rank(p) > rank(best)) best = p
  }
  return best
}
