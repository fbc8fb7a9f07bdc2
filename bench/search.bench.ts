// Benchmark: search in headless Chromium through the built app, on generated corpora of 2,000 and 20,000
// articles recombined from the bundled pages' sentences; for each, the app is built with that corpus and served
// by `vite preview`. Measures the worker's load of the documents and of the exported index (or its build, with
// SEARCH_INDEX=build: the corpus without search files) on a first visit over the network and on a later visit
// from the service worker's precache, query latency over 500 queries, keystroke-to-results in the search box,
// and the renderer's memory. Writes bench/results/search.json. Run: npm run bench:search.
import { chromium, type Page } from '@playwright/test'
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { corpusFiles } from '../src/corpus/output'
import { runPipeline } from '../src/corpus/pipeline'
import type { Manifest, SearchSegment } from '../src/shared/corpus-schema'
import type { SearchStats } from '../src/features/search/worker-protocol'
import { generateArchive } from './archive/generate-archive'

const sizes = (process.env.SIZES ?? '2000,20000').split(',').map(Number)
const port = 4198
/** "build": serve the corpus without its search files, so that the worker builds the index itself */
const indexMode = process.env.SEARCH_INDEX === 'build' ? 'build' : 'import'
/** visits measured for readiness, each way */
const runs = Number(process.env.RUNS ?? 5)

/** The app built with a generated corpus in place of the bundled one (its service worker precaches that corpus). */
function buildSite(articles: number): { dir: string; texts: string[]; count: number; filesMiB: { docs: number; index: number } } {
  const pages = [...generateArchive({ articles, seed: articles })]
  const { corpus } = runPipeline(pages.map((p) => ({ path: p.path, bytes: new TextEncoder().encode(p.text) })))
  const dir = mkdtempSync(join(tmpdir(), `xianbao-search-${articles}-`))
  cpSync('public', join(dir, 'public'), { recursive: true, filter: (src) => !src.includes('/corpus') })
  const files = corpusFiles(corpus, new Date(0).toISOString())
  const manifest = JSON.parse(files.get('manifest.json') as string) as Manifest
  const size = (paths: string[]) => round(paths.reduce((n, f) => n + Buffer.byteLength(files.get(f)!), 0) / 2 ** 20)
  const segments = JSON.parse(files.get(manifest.search!.file) as string) as SearchSegment[]
  const filesMiB = { docs: size(segments.flatMap((s) => s.docs.flatMap((p) => [p.meta, p.text]))), index: size(segments.flatMap((s) => s.index.map((p) => p.file))) }
  if (indexMode === 'build') {
    delete manifest.search
    files.set('manifest.json', JSON.stringify(manifest))
  }
  for (const [path, content] of files) {
    mkdirSync(dirname(join(dir, 'public/corpus', path)), { recursive: true })
    writeFileSync(join(dir, 'public/corpus', path), content)
  }
  execFileSync('npx', ['vite', 'build', '--outDir', join(dir, 'dist'), '--emptyOutDir', '--logLevel', 'error'], { env: { ...process.env, XIANBAO_PUBLIC_DIR: join(dir, 'public'), VITE_BENCH_HOOKS: '1' } })
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

/** the p-th percentile (nearest rank): for 5 values, p50 is the third */
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!
const round = (x: number) => Math.round(x * 100) / 100

/**
 * Over the network: a first visit, every file from the server on this machine. Precached: a later visit of the
 * installed app, every file from the service worker's precache (the app precaches the whole corpus).
 */
async function measure(size: number) {
  const { dir, texts, count, filesMiB } = buildSite(size)
  const server = await serve(join(dir, 'dist'))
  try {
    // readiness varies from run to run on a loaded machine: several visits, each in a fresh context
    const visits: Awaited<ReturnType<typeof measureReady>>[] = []
    for (let i = 0; i < runs; i++) {
      const network = await browser.newContext({ serviceWorkers: 'block' })
      visits.push(await measureReady(await network.newPage()))
      await network.close()
    }
    const network = await browser.newContext({ serviceWorkers: 'block' })
    const queries = await measureQueries(await network.newPage(), texts)
    await network.close()
    const installed = await browser.newContext({ serviceWorkers: 'allow' })
    const first = await installed.newPage()
    await first.goto(`http://127.0.0.1:${port}/about`)
    // with clientsClaim the page is controlled once the worker is active, which is after the precache is filled
    await first.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 300_000 })
    await first.close()
    const precachedVisits: Awaited<ReturnType<typeof measureReady>>[] = []
    for (let i = 0; i < runs; i++) {
      const page = await installed.newPage()
      precachedVisits.push(await measureReady(page))
      await page.close()
    }
    await installed.close()
    return { articles: count, searchFilesMiB: filesMiB, index: visits[0]!.index, overNetwork: summarise(visits), precached: summarise(precachedVisits), ...queries }
  } finally {
    process.kill(-server.pid!)
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Median, best and worst of each timing over the visits. */
function summarise(visits: Awaited<ReturnType<typeof measureReady>>[]) {
  const of = (pick: (v: (typeof visits)[number]) => number) => {
    const xs = visits.map(pick)
    return { median: percentile(xs, 50), min: Math.min(...xs), max: Math.max(...xs) }
  }
  return {
    visits: visits.length,
    indexReadyMs: of((v) => v.indexReadyMs),
    docsLoadMs: of((v) => v.docsLoadMs),
    indexImportOrBuildMs: of((v) => v.indexImportOrBuildMs),
    firstResultsMs: of((v) => v.firstResultsMs),
  }
}

/** From the first query (which starts the worker) until results, and until the index is ready. */
async function measureReady(page: Page) {
  await page.goto(`http://127.0.0.1:${port}/search`)
  const started = Date.now()
  const first = await page.evaluate((q) => (window as never as { __xianbaoSearch: (q: string) => Promise<{ tookMs: number }> }).__xianbaoSearch(q), '会议')
  const firstResultsMs = Date.now() - started
  await page.waitForFunction(() => (window as never as { __xianbaoSearchStats?: { ready: boolean } }).__xianbaoSearchStats?.ready, null, { timeout: 300_000 })
  const stats = await page.evaluate(() => (window as never as { __xianbaoSearchStats: SearchStats }).__xianbaoSearchStats)
  return {
    index: stats.imported ? 'imported' : 'built in the worker',
    docsLoadMs: Math.round(stats.loadMs),
    indexImportOrBuildMs: Math.round(stats.indexMs),
    indexReadyMs: Math.round(stats.readyMs),
    firstResultsMs,
    firstQueryWorkerMs: round(first.tookMs),
  }
}

/** Once the index is ready: query latency, keystroke-to-results, and memory. */
async function measureQueries(page: Page, texts: string[]) {
  const before = rendererRssMiB()
  await measureReady(page)
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
    results.push(await measure(size))
    console.log(JSON.stringify(results.at(-1)))
  }
} finally {
  await browser.close()
}
mkdirSync('bench/results', { recursive: true })
const budgets = { queryP95Ms: 10, keystrokeToResultsP95Ms: 100, indexReadyMs: 1000 }
/** each budget against the median visit, per corpus size */
const verdicts = results.map((r) => ({
  articles: r.articles,
  queryP95: r.queryMs.p95 <= budgets.queryP95Ms ? 'met' : 'missed',
  keystrokeToResultsP95: r.keystrokeToResultsMs.p95 <= budgets.keystrokeToResultsP95Ms ? 'met' : 'missed',
  indexReadyPrecached: r.precached.indexReadyMs.median <= budgets.indexReadyMs ? 'met' : 'missed',
  indexReadyOverNetwork: r.overNetwork.indexReadyMs.median <= budgets.indexReadyMs ? 'met' : 'missed',
}))
const out = { date: new Date().toISOString(), index: indexMode, budgets, verdicts, results }
writeFileSync('bench/results/search.json', `${JSON.stringify(out, null, 2)}\n`)
console.log(JSON.stringify(out, null, 2))
