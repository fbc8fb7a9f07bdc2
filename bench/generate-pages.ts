// Generates county-paper pages for benchmarks: sentences, headlines and names recombined from the bundled
// corpus, laid out as plain paragraphs, narrow PDF columns (headlines after the bodies) or markdown.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { lunarDateOf, weekdayOf } from '../src/corpus/lib/dates'
import { runPipeline } from '../src/corpus/pipeline'

export interface Material {
  sentences: string[]
  headlines: string[]
  names: string[]
}

/** A small deterministic PRNG (mulberry32): the same seed gives the same pages. */
export function random(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return { next, pick: <T>(xs: T[]): T => xs[Math.floor(next() * xs.length)]!, int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)) }
}

export function loadMaterial(dir: string): Material {
  const { corpus } = runPipeline(readdirSync(dir).map((f) => ({ path: f, bytes: readFileSync(join(dir, f)) })))
  const news = corpus.articles.filter((a) => a.kind === 'news' || a.kind === 'feature')
  const sentences = news.flatMap((a) => a.paragraphs.join('').split(/(?<=[。！？])/)).filter((s) => s.length >= 12 && s.length <= 120)
  const headlines = corpus.articles.map((a) => a.headline).filter((h): h is string => !!h && h.length >= 8 && !h.includes(' '))
  const names = [...new Set(corpus.articles.flatMap((a) => [...a.byline.reporters, ...a.byline.correspondents]))]
  return { sentences, headlines, names }
}

type Rng = ReturnType<typeof random>

function paragraphs(m: Material, r: Rng): string[] {
  return Array.from({ length: r.int(2, 6) }, () => Array.from({ length: r.int(1, 4) }, () => r.pick(m.sentences)).join(''))
}

function wrap(text: string, width: number): string[] {
  const out: string[] = []
  for (let i = 0; i < text.length; i += width) out.push(text.slice(i, i + width))
  return out
}

function plainPage(m: Material, r: Rng, n: number): string {
  const [month, day] = [r.int(1, 12), r.int(1, 28)]
  const date = `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  const lines = ['中共永嘉县委机关报', '永嘉县融媒体中心主办', `2024年${month}月 ${weekdayOf(date)}`, `${day}`, `农历${lunarDateOf(date)}`, `今日8版 总第${3000 + n}期`, '']
  for (let k = r.int(2, 4); k > 0; k--) {
    lines.push(r.pick(m.headlines), '', `本报讯（记者 ${r.pick(m.names)}）${paragraphs(m, r).join('\n\n')}`, '')
  }
  lines.push(r.pick(m.headlines), '', `>>>${r.int(2, 8)}版`)
  return lines.join('\n')
}

function columnsPage(m: Material, r: Rng): string {
  const lines = [` 0${r.int(2, 8)}要闻·鹿城`, '']
  const heads: string[] = []
  for (let k = r.int(2, 4); k > 0; k--) {
    const width = r.int(18, 23)
    lines.push(`□ 记者 ${r.pick(m.names)}`, '')
    paragraphs(m, r).forEach((p, i) => lines.push(...wrap(i === 0 ? `本报讯 ${p}` : p, width), ''))
    heads.push(r.pick(m.headlines))
  }
  lines.push(...heads.flatMap((h) => [h, '']))
  return lines.join('\n')
}

function markdownPage(m: Material, r: Rng): string {
  const lines: string[] = []
  for (let k = r.int(2, 4); k > 0; k--) {
    lines.push(`# ${r.pick(m.headlines)}`, '', `本报记者 ${r.pick(m.names)}`, '')
    const ps = paragraphs(m, r)
    ps.forEach((p, i) => {
      if (i === 2) lines.push(`## ${r.pick(m.headlines)}`, '')
      lines.push(p, '')
    })
  }
  return lines.join('\n')
}

/** `count` pages, a third of each layout, as files of the builder's input. */
export function generatePages(m: Material, count: number, seed = 1): { path: string; text: string }[] {
  const r = random(seed)
  return Array.from({ length: count }, (_, n) => {
    const layout = n % 3
    const text = layout === 0 ? plainPage(m, r, n) : layout === 1 ? columnsPage(m, r) : markdownPage(m, r)
    return { path: `${String(Math.floor(n / 100)).padStart(3, '0')}/page-${String(n).padStart(5, '0')}.txt`, text }
  })
}
