// A realistic archive for benchmarks: the papers of several counties of one prefecture, 250 issues a year of 4–8
// pages, from 2006 on until the archive holds the articles asked for. People hold offices for a few years and are
// followed by others (promoted, moved from another county, or new), so the number of people, distinct meetings
// and words grows with the archive the way it does in a real one. Deterministic by seed.
import {
  type ArticleContext, appointmentNotice, Locals, congressSession, executiveMeeting, figuresReport, type GeneratedArticle,
  generalNews, standingCommittee, themeOf, townNews, visit, workConference,
} from './articles'
import { addDays, COUNTIES, type County, makeCounty, NamePool, succeed } from './county'
import { type Layout, pagePath, pageText } from './pages'
import { random } from './random'

export interface ArchiveOptions {
  articles: number
  seed?: number
  /** counties of the prefecture; by default enough for the archive to span at most 20 years */
  counties?: number
  start?: string
}

export interface GeneratedPage {
  path: string
  text: string
  articles: number
}

/** Articles a county prints in a year, about: 250 issues × 5.6 pages × 4 articles. */
const ARTICLES_PER_COUNTY_YEAR = 5600
const LAYOUTS: Layout[] = ['plain', 'columns', 'markdown']
/** days a paper does not appear besides weekends (New Year, Spring Festival week, National Day week), by MM-DD */
const NO_ISSUE = /^(01-01|0[12]-(1[5-9]|2[0-1])|10-0[1-7])$/

function countiesFor(articles: number): number {
  return Math.min(COUNTIES.length, Math.max(3, Math.ceil(articles / (20 * ARTICLES_PER_COUNTY_YEAR))))
}

/** The archive's pages, in order of day, county and page; stops once `articles` articles are written. */
export function* generateArchive(opts: ArchiveOptions): Generator<GeneratedPage> {
  const r = random(opts.seed ?? 1)
  const names = new NamePool(r)
  let day = opts.start ?? '2006-01-02'
  const counties = COUNTIES.slice(0, opts.counties ?? countiesFor(opts.articles)).map((spec) => makeCounty(spec, r, names, day))
  const series = new Map<County, Map<string, number>>(counties.map((c) => [c, new Map()]))
  const locals = new Map<County, Locals>(counties.map((c) => [c, new Locals()]))
  let theme = themeOf(r)
  let written = 0
  for (;;) {
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay()
    if (day.endsWith('-01-02')) {
      theme = themeOf(r)
      for (const s of series.values()) s.clear()
      if (Number(day.slice(0, 4)) % 5 === 2) for (const c of counties) c.congress = { term: c.congress.term + 1, sessions: 0 }
    }
    if (weekday !== 0 && weekday !== 6 && !NO_ISSUE.test(day.slice(5))) {
      for (const [ci, county] of counties.entries()) {
        const changes = succeed(county, counties, day, r, names)
        const ctx: ArticleContext = { county, day, r, names, locals: locals.get(county)!, series: series.get(county)!, yearTheme: theme }
        const pages = weekday === 2 || weekday === 5 ? 8 : 4
        county.issueNo++
        for (let page = 1; page <= pages; page++) {
          const articles = page === 1 ? frontPage(ctx, changes) : innerPage(ctx, page)
          const layout = LAYOUTS[ci % LAYOUTS.length]!
          const spec = { county, layout, day, page, pages, articles }
          yield { path: pagePath(spec), text: pageText(spec, r), articles: articles.length }
          written += articles.length
          if (written >= opts.articles) return
        }
      }
    }
    day = addDays(day, 1)
  }
}

function frontPage(ctx: ArticleContext, changes: Parameters<typeof appointmentNotice>[1]): GeneratedArticle[] {
  const { r } = ctx
  const out: GeneratedArticle[] = []
  const notice = appointmentNotice(ctx, changes)
  if (notice) out.push(notice)
  if (r.chance(0.35)) out.push(standingCommittee(ctx))
  if (r.chance(0.3)) out.push(executiveMeeting(ctx))
  if (r.chance(0.08)) out.push(congressSession(ctx))
  if (r.chance(0.4)) out.push(workConference(ctx))
  while (out.length < 3) out.push(visit(ctx))
  return out
}

function innerPage(ctx: ArticleContext, page: number): GeneratedArticle[] {
  const { r } = ctx
  const out: GeneratedArticle[] = []
  if (page === 2 && r.chance(0.12)) out.push(figuresReport(ctx))
  if (page === 2 && r.chance(0.4)) out.push(visit(ctx))
  for (let n = r.int(3, 5) - out.length; n > 0; n--) out.push(r.chance(0.45) ? townNews(ctx) : generalNews(ctx))
  return out
}
