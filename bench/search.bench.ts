// Benchmark: search in headless Chromium through the built app, on generated corpora of 2,000 and 20,000
// articles recombined from the bundled pages' sentences. Measures the worker's corpus load and index build,
// query latency over 500 queries, keystroke-to-results in the search box, and the renderer's memory.
// Writes bench/results/search.json. Run: npm run bench:search (builds the app first).
import { chromium, type Page } from '@playwright/test'
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { corpusFiles } from '../src/corpus/output'
import { runPipeline } from '../src/corpus/pipeline'
import { generatePages, loadMaterial } from './generate-pages'

const sizes = (process.env.SIZES ?? '2000,20000').split(',').map(Number)
const port = 4198
const material = loadMaterial('data/issues')

function buildCorpus(articles: number): { dir: string; texts: string[]; count: number } {
  // about 3.4 articles a generated page
  const pages = generatePages(material, Math.ceil(articles / 3.4), articles)
  const { corpus } = runPipeline(pages.map((p) => ({ path: p.path, bytes: new TextEncoder().encode(p.text) })))
  const dir = mkdtempSync(join(tmpdir(), `xianbao-search-${articles}-`))
  for (const [path, text] of corpusFiles(corpus, new Date(0).toISOString())) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return { dir, texts: corpus.articles.map((a) => a.paragraphs.join('')), count: corpus.articles.length }
}

/** Queries of 2–6 characters cut from the corpus text (always found), deterministic. */
function queries(texts: string[], n: number): string[] {
  let seed = 11
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648)
  return Array.from({ length: n }, () => {
    const t = texts[next() % texts.length]!
    const len = 2 + (next() % 5)
    const at = next() % Math.max(1, t.length - len)
    return t.slice(at, at + len).replace(/\s/g, '') || '会议'
  })
}

function rendererRssMiB(): number {
  let kb = 0
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
      if (!cmd.includes('--type=renderer')) continue
      kb += Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0)
    } catch {
      // the process ended meanwhile
    }
  }
  return kb / 1024
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!
const round = (x: number) => Math.round(x * 100) / 100

async function measure(page: Page, size: number) {
  const { dir, texts, count } = buildCorpus(size)
  await page.route('**/corpus/**', (route) => {
    const file = join(dir, new URL(route.request().url()).pathname.replace(/^.*\/corpus\//, ''))
    return existsSync(file) ? route.fulfill({ body: readFileSync(file), contentType: 'application/json' }) : route.fulfill({ status: 404 })
  })
  await page.goto(`http://127.0.0.1:${port}/search`)
  const before = rendererRssMiB()
  const started = Date.now()
  // the first query starts the worker: it loads the corpus, answers by scan, and builds the index
  const first = await page.evaluate((q) => (window as never as { __xianbaoSearch: (q: string) => Promise<{ tookMs: number }> }).__xianbaoSearch(q), '会议')
  const searchableMs = Date.now() - started
  await page.waitForFunction(() => (window as never as { __xianbaoSearchStats?: { ready: boolean } }).__xianbaoSearchStats?.ready, null, { timeout: 300_000 })
  const stats = await page.evaluate(() => (window as never as { __xianbaoSearchStats: { loadMs: number; indexMs: number; docs: number } }).__xianbaoSearchStats)
  const after = rendererRssMiB()
  const qs = queries(texts, 500)
  const took = await page.evaluate(async (list) => {
    const search = (window as never as { __xianbaoSearch: (q: string) => Promise<{ tookMs: number; total: number }> }).__xianbaoSearch
    const out: { tookMs: number; roundTripMs: number; total: number }[] = []
    for (const q of list) {
      const t0 = performance.now()
      const r = await search(q)
      out.push({ tookMs: r.tookMs, roundTripMs: performance.now() - t0, total: r.total })
    }
    return out
  }, qs)
  // keystroke to results: type a query into the box; from its last keystroke until the results show it
  const keystrokes: number[] = []
  const box = page.getByRole('searchbox', { name: '搜索' })
  for (const q of qs.slice(0, 40)) {
    await box.fill(q.slice(0, -1))
    await box.focus()
    await page.waitForTimeout(120)
    const t0 = Date.now()
    // a Chinese character arrives committed by the input method: one input event, no key code
    await page.keyboard.insertText(q.slice(-1))
    await page.waitForFunction((q) => document.querySelector('h1')?.textContent?.endsWith(q) && document.querySelector('[role=status]')?.textContent?.includes('共'), q, { timeout: 10_000 })
    keystrokes.push(Date.now() - t0)
  }
  await page.unroute('**/corpus/**')
  const tookMs = took.map((t) => t.tookMs)
  const rtt = took.map((t) => t.roundTripMs)
  return {
    articles: count,
    corpusLoadMs: Math.round(stats.loadMs),
    indexBuildMs: Math.round(stats.indexMs),
    indexReadyMs: Math.round(stats.loadMs + stats.indexMs),
    firstResultsMs: searchableMs,
    firstQueryWorkerMs: round(first.tookMs),
    queryMs: { p50: round(percentile(tookMs, 50)), p95: round(percentile(tookMs, 95)), max: round(Math.max(...tookMs)) },
    queryRoundTripMs: { p50: round(percentile(rtt, 50)), p95: round(percentile(rtt, 95)) },
    keystrokeToResultsMs: { p50: percentile(keystrokes, 50), p95: percentile(keystrokes, 95) },
    rendererRssMiB: { before: Math.round(before), afterIndex: Math.round(after) },
    everyQueryFound: took.every((t) => t.total > 0),
  }
}

const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore', detached: true })
await new Promise((r) => setTimeout(r, 2500))
const browser = await chromium.launch({
  executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
const results = []
try {
  for (const size of sizes) {
    const page = await browser.newPage({ serviceWorkers: 'block' })
    results.push(await measure(page, size))
    console.log(JSON.stringify(results.at(-1)))
    await page.close()
  }
} finally {
  await browser.close()
  process.kill(-server.pid!)
}
mkdirSync('bench/results', { recursive: true })
const out = { date: new Date().toISOString(), budgets: { queryP95Ms: 10, keystrokeToResultsP95Ms: 100, indexReadyMs: 1000 }, results }
writeFileSync('bench/results/search.json', `${JSON.stringify(out, null, 2)}\n`)
console.log(JSON.stringify(out, null, 2))
