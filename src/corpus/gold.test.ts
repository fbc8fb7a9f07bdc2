// The seed pages against their hand annotations (copied from the shared grader's gold files): articles,
// headlines, kinds, bylines, teasers, sections, reflow, and each page's place and date.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runPipeline } from './pipeline'
import type { Article } from './schema'

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
}

const root = new URL('../..', import.meta.url).pathname
const goldDir = join(root, 'src/corpus/__fixtures__/gold')
const golds: Gold[] = readdirSync(goldDir).sort().map((f) => JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as Gold)
const pagesDir = join(root, 'data/issues')
const { corpus } = runPipeline(readdirSync(pagesDir).map((f) => ({ path: f, bytes: readFileSync(join(pagesDir, f)) })))

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
  }
  return Object.fromEntries(Object.entries(tally).map(([k, [hit, n]]) => [k, hit / n]))
}

describe('the seed pages against their gold annotations', () => {
  const scores = grade()

  it.each([
    ['articles.found', 0.95], ['articles.intact', 0.95], ['articles.headline', 0.9], ['articles.kind', 0.9],
    ['articles.byline', 0.9], ['articles.precision', 0.9], ['articles.teasers', 0.9], ['articles.sections', 1],
    ['paragraphs.reflow', 0.95], ['paragraphs.starts', 0.9], ['issue.date', 1], ['issue.place', 1],
  ] as const)('%s is at least %d', (metric, min) => {
    expect(scores[metric]).toBeGreaterThanOrEqual(min)
  })

  it('reads the masthead of the page that has one', () => {
    const issue = corpus.issues.find((i) => i.masthead)!
    expect(issue.masthead).toMatchObject({ publisher: '中共平阳县委机关报', issueNumber: 4403, pages: 8 })
    expect(issue.date).toMatchObject({ value: '2025-06-13', basis: 'masthead' })
  })
})
