// Benchmark: search in headless Chromium through the built app, on generated corpora of 2,000 and 20,000
// articles recombined from the bundled pages' sentences, each served with the built app by `vite preview` as a
// static site. Measures the worker's load of the documents and of the exported index (or its build, with
// SEARCH_INDEX=build: the corpus without search files), query latency over 500 queries, keystroke-to-results
// in the search box, and the renderer's memory. Writes bench/results/search.json.
// Run: npm run bench:search (builds the app first).
import { chromium, type Page } from '@playwright/test'
import { type ChildProcess, spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { corpusFiles } from '../src/corpus/output'
import { runPipeline } from '../src/corpus/pipeline'
import type { Manifest } from '../src/corpus/schema'
import type { SearchStats } from '../src/features/search/worker-protocol'
import { generatePages, loadMaterial } from './generate-pages'

const sizes = (process.env.SIZES ?? '2000,20000').split(',').map(Number)
const port = 4198
const material = loadMaterial('data/issues')
/** "build": serve the corpus without its search files, so that the worker builds the index itself */
const indexMode = process.env.SEARCH_INDEX === 'build' ? 'build' : 'import'

/** The built app with a generated corpus in place of the bundled one, as a folder to serve. */
function buildSite(articles: number): { dir: string; texts: string[]; count: number; filesMiB: { docs: number; index: number } } {
  // about 3.4 articles a generated page
  const pages = generatePages(material, Math.ceil(articles / 3.4), articles)
  const { corpus } = runPipeline(pages.map((p) => ({ path: p.path, bytes: new TextEncoder().encode(p.text) })))
  const dir = mkdtempSync(join(tmpdir(), `xianbao-search-${articles}-`))
  cpSync('dist', dir, { recursive: true })
  rmSync(join(dir, 'corpus'), { recursive: true, force: true })
  const files = corpusFiles(corpus, new Date(0).toISOString())
  const manifest = JSON.parse(files.get('manifest.json') as string) as Manifest
  const size = (paths: string[]) => round(paths.reduce((n, f) => n + Buffer.byteLength(files.get(f)!), 0) / 2 ** 20)
  const filesMiB = { docs: size(manifest.search!.docs), index: size(manifest.search!.index.map((p) => p.file)) }
  if (indexMode === 'build') {
    delete manifest.search
    files.set('manifest.json', JSON.stringify(manifest))
  }
  for (const [path, content] of files) {
    mkdirSync(dirname(join(dir, 'corpus', path)), { recursive: true })
    writeFileSync(join(dir, 'corpus', path), content)
  }
  return { dir, texts: corpus.articles.map((a) => a.paragraphs.join('')), count: corpus.articles.length, filesMiB }
}

async function serve(dir: string): Promise<ChildProcess> {
  const server = spawn('npx', ['vite', 'preview', '--outDir', dir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore', detached: true })
  for (let i = 0; i < 100; i++) {
    if (await fetch(`http://127.0.0.1:${port}/corpus/manifest.json`).then((r) => r.ok, () => false)) return server
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error('vite preview did not start')
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
  const { dir, texts, count, filesMiB } = buildSite(size)
  const server = await serve(dir)
  try {
    return { ...(await measureSite(page, texts)), articles: count, searchFilesMiB: filesMiB }
  } finally {
    process.kill(-server.pid!)
    rmSync(dir, { recursive: true, force: true })
  }
}

async function measureSite(page: Page, texts: string[]) {
  await page.goto(`http://127.0.0.1:${port}/search`)
  const before = rendererRssMiB()
  const started = Date.now()
  // the first query starts the worker: it loads the corpus, answers by scan, and builds the index
  const first = await page.evaluate((q) => (window as never as { __xianbaoSearch: (q: string) => Promise<{ tookMs: number }> }).__xianbaoSearch(q), '会议')
  const searchableMs = Date.now() - started
  await page.waitForFunction(() => (window as never as { __xianbaoSearchStats?: { ready: boolean } }).__xianbaoSearchStats?.ready, null, { timeout: 300_000 })
  const stats = await page.evaluate(() => (window as never as { __xianbaoSearchStats: SearchStats }).__xianbaoSearchStats)
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
  const tookMs = took.map((t) => t.tookMs)
  const rtt = took.map((t) => t.roundTripMs)
  return {
    index: stats.imported ? 'imported' : 'built in the worker',
    docsLoadMs: Math.round(stats.loadMs),
    indexImportOrBuildMs: Math.round(stats.indexMs),
    indexReadyMs: Math.round(stats.readyMs),
    firstResultsMs: searchableMs,
    firstQueryWorkerMs: round(first.tookMs),
    queryMs: { p50: round(percentile(tookMs, 50)), p95: round(percentile(tookMs, 95)), max: round(Math.max(...tookMs)) },
    queryRoundTripMs: { p50: round(percentile(rtt, 50)), p95: round(percentile(rtt, 95)) },
    keystrokeToResultsMs: { p50: percentile(keystrokes, 50), p95: percentile(keystrokes, 95) },
    rendererRssMiB: { before: Math.round(before), afterIndex: Math.round(after) },
    everyQueryFound: took.every((t) => t.total > 0),
  }
}

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
}
mkdirSync('bench/results', { recursive: true })
const out = { date: new Date().toISOString(), index: indexMode, budgets: { queryP95Ms: 10, keystrokeToResultsP95Ms: 100, indexReadyMs: 1000 }, results }
writeFileSync('bench/results/search.json', `${JSON.stringify(out, null, 2)}\n`)
console.log(JSON.stringify(out, null, 2))
