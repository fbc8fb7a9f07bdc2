// The articles of a generated issue: meetings of the county's organs (numbered in series), leaders' visits to
// towns and firms, reports of figures, appointment notices when offices change hands, and ordinary news. Each
// is a headline, a byline and paragraphs; page layouts (pages.ts) print them.
import { addDays, type County, leaders, type NamePool, type Office, properName } from './county'
import type { Rng } from './random'
import { ACTIONS, CLAUSES, FIRM_FORM, FIRM_KIND, INDICATORS, MATTERS, SCENES, THEMES, TOPICS, VILLAGE_SUFFIX } from './vocabulary'

export interface GeneratedArticle {
  headline: string
  /** 本报记者 A, or null for a notice */
  reporter: string | null
  paragraphs: string[]
}

const CN_DIGITS = '〇一二三四五六七八九'
/** 1–99 as printed in a meeting's number: 第二十三次 */
function cnNumber(n: number): string {
  if (n < 10) return CN_DIGITS[n]!
  const tens = Math.floor(n / 10)
  const ones = n % 10
  return `${tens === 1 ? '' : CN_DIGITS[tens]}十${ones ? CN_DIGITS[ones] : ''}`
}

const md = (day: string) => `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`
const gov = (c: County) => (c.name.endsWith('区') ? '区' : '县')
const holder = (c: County, title: string) => c.offices.find((o) => o.title === title)?.holder ?? ''
const clauses = (r: Rng, n: number) => Array.from({ length: n }, () => r.pick(CLAUSES)).join('；')

export interface ArticleContext {
  county: County
  day: string
  r: Rng
  names: NamePool
  /** the people of villages and firms, who come and go: most of an archive's names */
  locals: Locals
  /** the meeting series of the county, counted through the year */
  series: Map<string, number>
  yearTheme: string
}

function nextInSeries(ctx: ArticleContext, key: string): number {
  const n = (ctx.series.get(key) ?? 0) + 1
  ctx.series.set(key, n)
  return n
}

/** A village of the county (its real ones, or one named from the pools): where the day's news happens. */
function place(ctx: ArticleContext): string {
  const town = ctx.r.pick(ctx.county.towns)
  return `${town.name}${town.villages.length ? ctx.r.pick(town.villages) : properName(ctx.r) + ctx.r.pick(VILLAGE_SUFFIX)}`
}

/** Village secretaries (a term of a few years each) and firms with their bosses, met again and again. */
export class Locals {
  private readonly secretaries = new Map<string, { holder: string; until: string }>()
  private readonly firms: { name: string; boss: string }[] = []

  secretaryOf(ctx: ArticleContext, village: string): string {
    const s = this.secretaries.get(village)
    if (s && s.until > ctx.day) return s.holder
    const holder = ctx.names.fresh()
    this.secretaries.set(village, { holder, until: addDays(ctx.day, ctx.r.int(700, 2500)) })
    return holder
  }

  /** A firm of the county: a new one now and then, else one the paper has written about before. */
  firm(ctx: ArticleContext): { name: string; boss: string } {
    if (this.firms.length < 20 || ctx.r.chance(0.25)) {
      const firm = { name: `${properName(ctx.r)}${ctx.r.pick(FIRM_KIND)}${ctx.r.pick(FIRM_FORM)}`, boss: ctx.names.fresh() }
      this.firms.push(firm)
      return firm
    }
    // the firms written about lately are met most often
    return this.firms[this.firms.length - 1 - Math.floor(this.firms.length * ctx.r.next() ** 2.2)]!
  }
}

const firm = (ctx: ArticleContext) => ctx.locals.firm(ctx).name

export function standingCommittee(ctx: ArticleContext): GeneratedArticle {
  const { county: c, r } = ctx
  const g = gov(c)
  const n = nextInSeries(ctx, 'standing')
  const secretary = holder(c, `${g}委书记`)
  const others = leaders(c, 6).filter((o) => o.title !== `${g}委书记`).slice(0, r.int(3, 7))
  return {
    headline: `${g}委常委会召开第${cnNumber(Math.min(n, 99))}次会议`,
    reporter: r.pick(c.journalists),
    paragraphs: [
      `${md(ctx.day)}，${g}委书记${secretary}主持召开${g}委常委会第${cnNumber(Math.min(n, 99))}次会议，传达学习上级有关会议精神，研究部署${r.pick(MATTERS)}等工作。`,
      `会议指出，${clauses(r, 2)}。会议强调，${clauses(r, 2)}。`,
      `${others.map((o) => `${o.title}${o.holder}`).join('，')}出席会议。`,
    ],
  }
}

export function executiveMeeting(ctx: ArticleContext): GeneratedArticle {
  const { county: c, r } = ctx
  const g = gov(c)
  const n = nextInSeries(ctx, 'executive')
  const head = holder(c, `${g}委副书记、${g}长`)
  const deputies = c.offices.filter((o) => o.appointed === `副${g}长`).map((o) => o.holder)
  return {
    headline: `${g}政府召开第${cnNumber(Math.min(n, 99))}次常务会议`,
    reporter: r.pick(c.journalists),
    paragraphs: [
      `${md(ctx.day)}，${g}委副书记、${g}长${head}主持召开${g}政府第${cnNumber(Math.min(n, 99))}次常务会议，研究${r.pick(MATTERS)}、${r.pick(MATTERS)}等事项。`,
      `会议要求，${clauses(r, 3)}。`,
      `副${g}长${deputies.slice(0, r.int(2, 4)).join('、')}参加会议。`,
    ],
  }
}

export function workConference(ctx: ArticleContext): GeneratedArticle {
  const { county: c, r } = ctx
  const g = gov(c)
  const topic = r.pick(TOPICS)
  const secretary = holder(c, `${g}委书记`)
  const head = holder(c, `${g}委副书记、${g}长`)
  const chairOffice = r.pick(c.offices.filter((o) => o.rank >= 6 && o.rank < 10))
  return {
    headline: `全${g}${topic}工作会议召开 ${secretary}出席并讲话`,
    reporter: r.pick(c.journalists),
    paragraphs: [
      `${md(ctx.day)}，全${g}${topic}工作会议召开。${g}委书记${secretary}出席会议并讲话，${chairOffice.title}${chairOffice.holder}主持会议。`,
      `${secretary}指出，今年是${ctx.yearTheme}的关键一年，${clauses(r, 3)}。`,
      `${head}就做好${topic}工作作具体部署。他强调，${clauses(r, 2)}。`,
    ],
  }
}

export function congressSession(ctx: ArticleContext): GeneratedArticle {
  const { county: c, r } = ctx
  const g = gov(c)
  c.congress.sessions++
  const chair = holder(c, `${g}人大常委会主任`)
  const term = cnNumber(c.congress.term)
  const n = cnNumber(Math.min(c.congress.sessions, 99))
  return {
    headline: `${g}${term}届人大常委会召开第${n}次会议`,
    reporter: r.pick(c.journalists),
    paragraphs: [
      `${md(ctx.day)}，${g}${term}届人大常委会第${n}次会议召开，${g}人大常委会主任${chair}主持会议。`,
      `会议听取和审议了${g}政府关于${r.pick(MATTERS)}工作情况的报告。会议认为，${clauses(r, 2)}。`,
    ],
  }
}

export function visit(ctx: ArticleContext): GeneratedArticle {
  const { county: c, r } = ctx
  const leader = r.pick(leaders(c, 5))
  const town = r.pick(c.towns)
  const where = place(ctx)
  const name = leader.holder
  return {
    headline: `${name}赴${town.name}${r.pick(ACTIONS)}${r.pick(MATTERS)}工作`,
    reporter: r.pick(c.journalists),
    paragraphs: [
      `${md(ctx.day)}，${leader.title}${name}赴${town.name}${r.pick(ACTIONS)}${r.pick(MATTERS)}工作。${town.name}${town.secretary.title}${town.secretary.holder}陪同。`,
      `在${where}，${name}详细了解${r.pick(MATTERS)}进展情况。他指出，${clauses(r, 2)}。`,
      `随后，${name}来到${firm(ctx)}，察看生产经营情况。${clauses(r, 1)}。`,
    ],
  }
}

export function townNews(ctx: ArticleContext): GeneratedArticle {
  const { county: c, r } = ctx
  const town = r.pick(c.towns)
  const where = place(ctx)
  const scene = () => r.pick(SCENES).replace('{place}', place(ctx)).replace('{firm}', firm(ctx))
  return {
    headline: `${town.name}：${r.pick(MATTERS)}跑出“加速度”`,
    reporter: r.pick(c.journalists),
    paragraphs: [
      `${scene()}。`,
      `今年以来，${town.name}以${r.pick(MATTERS)}为抓手，在${where}等地建成一批示范点，累计投入资金${r.int(100, 9000)}万元。`,
      `“${clauses(r, 1)}。”${town.name}${town.head.title}${town.head.holder}说。${scene()}。`,
      `${where}党支部书记${ctx.locals.secretaryOf(ctx, where)}介绍，村里${r.pick(MATTERS)}已完成${r.int(30, 95)}%。村民${ctx.names.fresh()}告诉记者，${clauses(r, 1)}。`,
    ],
  }
}

export function figuresReport(ctx: ArticleContext): GeneratedArticle {
  const { county: c, r, day } = ctx
  const g = gov(c)
  const year = Number(day.slice(0, 4))
  const month = Number(day.slice(5, 7))
  const period = month <= 1 ? `${year - 1}年` : `今年1至${month - 1}月`
  const chosen = [...INDICATORS].sort(() => r.next() - 0.5).slice(0, r.int(2, 4))
  const growth = (year - 2000) * 0.04
  const parts = chosen.map(({ label, unit, lo, hi, decimals }) => {
    const value = (lo + (hi - lo) * Math.min(1, growth) * (0.8 + 0.4 * r.next())).toFixed(decimals)
    return `${label}${value}${unit}，同比增长${(r.next() * 12).toFixed(1)}%`
  })
  return {
    headline: `${period}全${g}经济运行稳中有进`,
    reporter: r.pick(c.journalists),
    paragraphs: [
      `记者从${g}统计局获悉，${period}，全${g}实现${parts.join('；')}。`,
      `${g}统计局有关负责人表示，${clauses(r, 2)}。`,
    ],
  }
}

/** The people's congress's notice of the day's changes to the offices it appoints. */
export function appointmentNotice(ctx: ArticleContext, changes: { office: Office; before: string; after: string }[]): GeneratedArticle | null {
  const { county: c, day } = ctx
  const posts = changes.filter((ch) => ch.office.appointed)
  if (!posts.length) return null
  c.congress.sessions++
  const session = `（${day.slice(0, 4)}年${md(day)}${c.name}第${cnNumber(c.congress.term)}届人民代表大会常务委员会第${cnNumber(Math.min(c.congress.sessions, 99))}次会议通过）`
  return {
    headline: `${c.name}人民代表大会常务委员会任免名单`,
    reporter: null,
    paragraphs: [
      session,
      ...posts.map((ch) => `任命${ch.after}为${c.name}人民政府${ch.office.appointed}。`),
      ...posts.map((ch) => `免去${ch.before}的${c.name}人民政府${ch.office.appointed}职务。`),
    ],
  }
}

/** Ordinary news of the inner pages: the biggest share of an archive, and where its vocabulary grows. */
export function generalNews(ctx: ArticleContext): GeneratedArticle {
  const { county: c, r } = ctx
  const scene = () => r.pick(SCENES).replace('{place}', place(ctx)).replace('{firm}', firm(ctx))
  const matter = r.pick(MATTERS)
  return {
    headline: `${properName(r)}${r.pick(['工程', '项目', '行动', '计划', '活动'])}助力${matter}`,
    reporter: r.pick(c.journalists),
    paragraphs: [
      ...Array.from({ length: r.int(2, 4) }, () => `${scene()}，${clauses(r, 1)}。${scene()}。`),
      ...(r.chance(0.5) ? [(({ name, boss }) => `${name}董事长${boss}表示，${clauses(r, 1)}。`)(ctx.locals.firm(ctx))] : []),
    ],
  }
}

export const themeOf = (r: Rng) => r.pick(THEMES)
