// The seed pages against their hand annotations (copied from the shared grader's gold files): articles,
// headlines, kinds, bylines, teasers, sections, reflow, and each page's place and date.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildInMemory } from './io/build-in-memory'
import type { Article } from '../shared/corpus-schema'

interface GoldArticle {
  kind: string
  headline?: string | null
  first?: string
  last?: string
  optional?: boolean
  toPage?: number
  continuedTo?: number
  reporters?: string[]
  correspondents?: string[]
  photographers?: string[]
  sections?: string[]
  paragraphStarts?: string[]
}
interface Gold {
  file: string
  place: string
  date: { exact: string | null; earliest: string; latest: string }
  articles: GoldArticle[]
  contiguous?: string[]
  people: string[]
  roles: { name: string; title: string; place: string | null }[]
  meetings: { name: string; date?: string; dayOffset?: number; chair?: string[] }[]
  appointments: { name: string; action: string; title: string; date?: string }[]
  figures: { value: number; unit: string; label: string; minor?: boolean }[]
}

const root = new URL('../..', import.meta.url).pathname
const goldDir = join(root, 'src/corpus/__fixtures__/gold')
const golds: Gold[] = readdirSync(goldDir).sort().map((f) => JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as Gold)
const pagesDir = join(root, 'data/issues')
const { corpus } = await buildInMemory(readdirSync(pagesDir).map((f) => ({ path: f, bytes: readFileSync(join(pagesDir, f)) })))

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, '')
const heads = (a: Article) => squash([a.kicker, a.headline, a.subheadline].join(''))
const text = (a: Article) => squash([a.kicker, a.headline, a.subheadline, ...a.paragraphs].join(''))
const sameSet = (a: string[] = [], b: string[] = []) => a.length === b.length && a.every((x) => b.includes(x))

/** hits/total per metric over all seed pages, as the shared grader counts them */
function grade() {
  const tally: Record<string, [number, number]> = {}
  const bump = (k: string, hit: boolean) => {
    const t = (tally[k] ??= [0, 0])
    t[0] += hit ? 1 : 0
    t[1] += 1
  }
  for (const gold of golds) {
    const issue = corpus.issues.find((i) => i.source === gold.file)!
    const arts = issue.articleIds.map((id) => corpus.articles.find((a) => a.id === id)!)
    bump('issue.place', issue.place === gold.place)
    const d = issue.date
    bump('issue.date', gold.date.exact ? d.value === gold.date.exact
      : !!d.earliest && !!d.latest && d.earliest <= gold.date.latest && d.latest >= gold.date.earliest &&
        (d.value == null || (d.value >= gold.date.earliest && d.value <= gold.date.latest)))
    const matched = new Set<string>()
    for (const g of gold.articles.filter((x) => !x.optional)) {
      if (g.kind === 'teaser') {
        const t = arts.find((a) => a.kind === 'teaser' && heads(a).includes(squash(g.headline)))
        bump('articles.teasers', !!t && t.toPage === g.toPage)
        if (t) matched.add(t.id)
        continue
      }
      const a = arts.find((x) => text(x).includes(squash(g.first)))
      bump('articles.found', !!a && !matched.has(a.id))
      if (!a || matched.has(a.id)) continue
      matched.add(a.id)
      bump('articles.intact', text(a).includes(squash(g.last)))
      if (g.headline) bump('articles.headline', heads(a).includes(squash(g.headline)))
      bump('articles.kind', a.kind === g.kind)
      bump('articles.byline', (['reporters', 'correspondents', 'photographers'] as const).every((k) => sameSet(a.byline[k], g[k])))
      for (const s of g.sections ?? []) bump('articles.sections', a.sections.some((x) => squash(x.heading).includes(squash(s))))
      for (const s of g.paragraphStarts ?? []) bump('paragraphs.starts', a.paragraphs.some((p) => squash(p).startsWith(squash(s))))
      if (g.continuedTo) bump('articles.continued', a.toPage === g.continuedTo)
    }
    const newsLike = arts.filter((a) => !['ad', 'teaser', 'other'].includes(a.kind))
    for (const a of newsLike) {
      bump('articles.precision', matched.has(a.id) || gold.articles.some((g) => g.optional && !!g.headline && heads(a).includes(squash(g.headline))))
    }
    for (const c of gold.contiguous ?? []) bump('paragraphs.reflow', arts.some((a) => a.paragraphs.some((p) => squash(p).includes(squash(c)))))
    gradeFacts(gold, new Set(arts.map((a) => a.id)), issue.date.value, bump)
  }
  return Object.fromEntries(Object.entries(tally).map(([k, [hit, n]]) => [k, hit / n]))
}

/** People, roles, meetings, appointments and figures of one page, counted as the shared grader counts them. */
function gradeFacts(gold: Gold, ids: Set<string>, pageDay: string | null, bump: (k: string, hit: boolean) => void) {
  const stem = (p: string | null) => (p ?? '').replace(/(县|市|区|省|镇|乡|街道)$/, '')
  const people = corpus.people.filter((p) => p.articleIds.some((id) => ids.has(id)))
  const names = new Set(people.map((p) => p.name))
  for (const n of gold.people) bump('people.recall', names.has(n))
  for (const n of names) bump('people.precision', gold.people.includes(n))
  const roles = people.flatMap((p) => p.roles.filter((r) => r.articleIds.some((id) => ids.has(id))).map((r) => ({ ...r, name: p.name })))
  for (const g of gold.roles) bump('roles.recall', roles.some((r) => r.name === g.name && r.title === g.title && (g.place == null || stem(r.place) === stem(g.place))))
  const meetings = corpus.meetings.filter((m) => ids.has(m.articleId))
  for (const g of gold.meetings) {
    const m = meetings.find((x) => squash(x.name).includes(squash(g.name)) || squash(g.name).includes(squash(x.name)))
    bump('meetings.recall', !!m)
    if (!m) continue
    const want = g.date ?? (pageDay && g.dayOffset != null ? new Date(Date.parse(pageDay) + g.dayOffset * 864e5).toISOString().slice(0, 10) : null)
    bump('meetings.date', want ? m.date.value === want : m.date.value === null && m.date.basis === 'relative')
    if (g.chair?.length) bump('meetings.chair', sameSet(m.chair, g.chair))
  }
  const appointments = corpus.appointments.filter((a) => ids.has(a.articleId))
  for (const g of gold.appointments) {
    bump('appointments.recall', appointments.some((a) => a.name === g.name && a.action === g.action && squash((a.org ?? '') + a.title).includes(g.title) && (!g.date || a.date === g.date)))
  }
  const figures = corpus.figures.filter((f) => ids.has(f.articleId))
  const used = new Set<(typeof figures)[number]>()
  for (const g of gold.figures) {
    const f = figures.find((x) => !used.has(x) && Math.abs(x.value - g.value) <= 1e-9 * Math.max(1, Math.abs(g.value)) && x.unit === g.unit)
    if (f) used.add(f)
    if (!g.minor) bump('figures.recall', !!f)
  }
  for (const f of figures) bump('figures.precision', used.has(f))
}

describe('the seed pages against their gold annotations', () => {
  const scores = grade()

  it.each([
    ['articles.found', 0.95], ['articles.intact', 0.95], ['articles.headline', 0.9], ['articles.kind', 0.9],
    ['articles.byline', 0.9], ['articles.precision', 0.9], ['articles.teasers', 0.9], ['articles.sections', 1],
    ['paragraphs.reflow', 0.95], ['paragraphs.starts', 0.9], ['issue.date', 1], ['issue.place', 1],
    ['people.recall', 0.95], ['people.precision', 0.9], ['roles.recall', 0.9], ['meetings.recall', 0.9], ['meetings.date', 0.9],
    ['meetings.chair', 0.9], ['appointments.recall', 1], ['figures.recall', 0.9], ['figures.precision', 0.85],
  ] as const)('%s is at least %d', (metric, min) => {
    expect(scores[metric]).toBeGreaterThanOrEqual(min)
  })

  it('reads the masthead of the page that has one', () => {
    const issue = corpus.issues.find((i) => i.masthead)!
    expect(issue.masthead).toMatchObject({ publisher: '中共平阳县委机关报', issueNumber: 4403, pages: 8 })
    expect(issue.date).toMatchObject({ value: '2025-06-13', basis: 'masthead' })
  })
})
