// Pagefind (npm `pagefind`) on the same archive, for comparison: one HTML page per article, written from the
// search documents, indexed by Pagefind's CLI; its search is then run in the browser like Xianbao's.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { Fragment } from '../../src/shared/search/chunked/format'
import { bruteForce } from './corpus-sample'

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The page of document n: /d/<n / 1000>/<n>.html, so a result's URL gives back the document's number. */
const pagePath = (n: number) => `d/${Math.floor(n / 1000)}/${n}.html`
const docOfUrl = (url: string) => Number(/\/d\/\d+\/(\d+)/.exec(url)?.[1] ?? -1)

/**
 * Writes the site and indexes it; returns the seconds each took and the index's files and bytes. `reuse`: keep a
 * site built before for the same documents (its figures are those of that build).
 */
export interface PagefindBuild {
  writeSeconds: number
  indexSeconds: number
  files: number
  bytes: number
  reused: boolean
}

export function buildPagefindSite(dir: string, docs: Fragment[], reuse = false): PagefindBuild {
  const stamp = join(dir, 'built.json')
  const key = `${docs.length} ${docs[0]?.id} ${docs.at(-1)?.id}`
  if (reuse && existsSync(stamp)) {
    const built = JSON.parse(readFileSync(stamp, 'utf8')) as { key: string; figures?: PagefindBuild; failed?: string }
    if (built.key === key && built.failed) throw new Error(`${built.failed} (in an earlier run, not tried again)`)
    if (built.key === key && built.figures) return { ...built.figures, reused: true }
  }
  rmSync(dir, { recursive: true, force: true })
  const t0 = performance.now()
  docs.forEach((d, n) => {
    const path = join(dir, pagePath(n))
    if (n % 1000 === 0) mkdirSync(join(path, '..'), { recursive: true })
    const paragraphs = d.text.split('\n').map((p) => `<p>${escape(p)}</p>`).join('')
    writeFileSync(path, `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(d.headline ?? d.id)}</title></head><body><main data-pagefind-body>${paragraphs}</main></body></html>`)
  })
  // the page the benchmark searches from: no app, no Content Security Policy in the way of Pagefind's WebAssembly
  writeFileSync(join(dir, 'bench.html'), '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>pagefind</title></head><body></body></html>')
  const writeSeconds = (performance.now() - t0) / 1000
  const t1 = performance.now()
  try {
    execFileSync('npx', ['pagefind', '--site', dir, '--quiet'], { stdio: 'inherit', maxBuffer: 1 << 26 })
  } catch (e) {
    // (on this machine, Pagefind 1.6 ran out of 24 GB at 200,000 articles: killed by the kernel)
    writeFileSync(stamp, JSON.stringify({ key, failed: `pagefind: ${(e as Error).message.slice(0, 300)}` }))
    throw e
  }
  const indexSeconds = (performance.now() - t1) / 1000
  let files = 0
  let bytes = 0
  const walk = (p: string) => {
    for (const e of readdirSync(p, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(p, e.name))
      else {
        files++
        bytes += statSync(join(p, e.name)).size
      }
    }
  }
  walk(join(dir, 'pagefind'))
  const figures: PagefindBuild = { writeSeconds, indexSeconds, files, bytes, reused: false }
  writeFileSync(stamp, JSON.stringify({ key, figures }))
  return figures
}

export const PAGEFIND = '/pf/pagefind/pagefind.js'
type PagefindRun = (args: { q: string; bundle: string; first: number }) => Promise<{ total: number; countMs: number; firstPageMs: number; urls: string[] }>
/** Pagefind's search in the page: results (the count), then the first `first` results' fragments. */
export const pagefindSearch: PagefindRun = async ({ q, bundle, first }) => {
  const t0 = performance.now()
  const pf = (await import(bundle)) as { search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }> }
  const s = await pf.search(q)
  const countMs = performance.now() - t0
  const data = await Promise.all(s.results.slice(0, first).map((r) => r.data()))
  return { total: s.results.length, countMs, firstPageMs: performance.now() - t0, urls: data.map((d) => d.url) }
}

/** Pagefind's recall and precision on queries whose results are at most `cap`, in a page open at its bench page. */
export async function pagefindRecall(page: Page, texts: string[], queries: string[], cap: number) {
  let tp = 0
  let fp = 0
  let fn = 0
  let measured = 0
  let empty = 0
  for (const q of queries) {
    const { total } = await page.evaluate(pagefindSearch, { q, bundle: PAGEFIND, first: 0 })
    const truth = new Set(bruteForce(texts, q))
    if (total > cap || truth.size > cap) continue
    const { urls } = await page.evaluate(pagefindSearch, { q, bundle: PAGEFIND, first: cap })
    const got = urls.map(docOfUrl)
    const hit = got.filter((d) => truth.has(d)).length
    tp += hit
    fp += got.length - hit
    fn += truth.size - hit
    measured++
    if (!got.length && truth.size) empty++
  }
  const round = (x: number) => +x.toFixed(4)
  return { queries: queries.length, measured, foundNothingThoughPresent: empty, recall: round(tp / Math.max(1, tp + fn)), precision: round(tp / Math.max(1, tp + fp)) }
}
