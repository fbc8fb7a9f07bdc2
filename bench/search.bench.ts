// Benchmark: search on generated archives (npm run gen:archive) of 20,000, 200,000 and 600,000 articles, Xianbao's
// term index beside Pagefind's on the same articles. For each archive:
// - the oracle, in Node: 500 substrings of 2–6 characters and single characters cut from the texts, each searched
//   with Xianbao's index (the worker's code, reading the files from disk) and compared with brute force;
// - a first visit, in headless Chromium under Lighthouse's Slow 4G (150 ms RTT, 1.6 Mbps, shaped by the server so
//   that the worker's requests are slowed too) and 4× CPU slowdown of the page, the service worker blocked, for rare names, common two-character words and three-word queries: search bytes and
//   requests, time to the first page of results (20, each with its snippet) and to the full count;
// - query latency once the files are cached (p50/p95 over 500 queries of each kind, 4× CPU);
// - Pagefind 1.x (npm `pagefind`) run on one HTML page per article: its index's build, its bytes and requests per
//   query, its time to the first 20 results' fragments under the same throttling, and its recall and precision on
//   the same oracle (measured for queries of at most PAGEFIND_ORACLE_CAP results: each result's URL is a fragment).
// Writes bench/results/search.json. Run: npm run bench:search [-- --sizes 20000,200000,600000 --visits 3
// --queries 500 --cached 500 --oracle 500 --pagefind-queries 100 --no-pagefind --reuse-pagefind --http2 --corpus SIZE=DIR]; with --http2 it
// writes bench/results/search-http2.json
import { type Browser, type CDPSession, chromium, type Page } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ChunkedSearch } from '../src/shared/search/chunked/chunked-search'
import { TermIndexReader } from '../src/shared/search/chunked/index-reader'
import { archive, archiveFolder, givenCorpora, serveArchive, SLOW_4G } from './archive/serve-archive'
import { type ArchiveIndex, benchQueries, bruteForce, indexSizes, oracleQueries, readArchiveIndex } from './search/corpus-sample'
import { buildPagefindSite, PAGEFIND, pagefindRecall, pagefindSearch } from './search/pagefind'

const arg = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`)
  return at > 0 ? process.argv[at + 1]! : fallback
}
const sizes = arg('sizes', '20000,200000,600000').split(',').map(Number)
const visits = Number(arg('visits', '3'))
const cachedCount = Number(arg('queries', '500'))
const oracleCount = Number(arg('oracle', '500'))
/** the queries of each kind timed once cached (the first of the set: `--queries` makes the same set for any of these) */
const cachedTimed = Number(arg('cached', String(cachedCount)))
/** Pagefind's queries of each kind once cached (each also loads its first 20 fragments: fewer, to keep the run short) */
const pagefindCachedCount = Number(arg('pagefind-queries', '100'))
const withPagefind = !process.argv.includes('--no-pagefind')
/** serve over HTTP/2, as static hosts and CDNs do (else HTTP/1.1: six connections to the host) */
const http2 = process.argv.includes('--http2')
const scheme = http2 ? 'https' : 'http'
const contextOptions = { serviceWorkers: 'block' as const, ignoreHTTPSErrors: true }
const given = givenCorpora()
const PAGEFIND_ORACLE_CAP = 500
/** results a page of the search view (src/features/search/search-client.ts): Pagefind's first page is as many */
const PAGE = 20
const BUDGET = { rareRequests: 3, rareKB: 300, firstPageMs: 2000, cachedP95Ms: 10 }
const KINDS = ['rare', 'common', 'threeWords'] as const
type Kind = (typeof KINDS)[number]

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!
const round = (x: number, d = 1) => +x.toFixed(d)
const spread = (xs: number[]) => ({ median: round(median(xs)), min: round(Math.min(...xs)), max: round(Math.max(...xs)) })

/** Xianbao's oracle: every query's documents from the index against brute force over the texts. */
async function xianbaoOracle(a: ArchiveIndex, queries: string[]) {
  const search = new ChunkedSearch(new TermIndexReader(a.meta, async (path) => new Uint8Array(readFileSync(join(a.folder, path)))))
  let tp = 0
  let fp = 0
  let fn = 0
  let exact = 0
  const t0 = performance.now()
  for (const q of queries) {
    const got = await search.matchingDocs(q)
    const truth = new Set(bruteForce(a.texts, q))
    const hit = got.filter((d) => truth.has(d)).length
    tp += hit
    fp += got.length - hit
    fn += truth.size - hit
    if (hit === truth.size && got.length === truth.size) exact++
  }
  return { queries: queries.length, exactlyBruteForce: exact, recall: round(tp / (tp + fn), 4), precision: round(tp / Math.max(1, tp + fp), 4), seconds: round((performance.now() - t0) / 1000) }
}

interface Finished {
  url: string
  bytes: number
  at: number
}

/** Every response the server sent, with when (the page's and its worker's alike). */
const sent: Finished[] = []

/**
 * A fresh context, its page at 4× CPU (Chromium throttles a page's thread, not a worker's: the search worker runs
 * at full speed) and the browser's cache off; the network is Slow 4G, shaped by the server.
 */
async function throttled(browser: Browser) {
  const context = await browser.newContext(contextOptions)
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  return { context, page, cdp, log: sent }
}

/**
 * What one query cost on a first visit: requests and bytes matching `files`, to the first page and in all; and of
 * them, the index's (terms and postings, not the fragments shown with the results).
 */
function costs(log: Finished[], files: RegExp, start: number, firstPageMs: number, fragments: RegExp) {
  const all = log.filter((f) => f.at >= start && files.test(f.url))
  const first = all.filter((f) => f.at <= start + firstPageMs + 50)
  const kb = (fs: Finished[]) => round(fs.reduce((n, f) => n + f.bytes, 0) / 1024)
  const index = all.filter((f) => !fragments.test(f.url))
  return { requests: all.length, kb: kb(all), firstPageRequests: first.length, firstPageKB: kb(first), indexRequests: index.length, indexKB: kb(index) }
}

type Hook = (q: string) => Promise<{ total: number; firstPageMs: number | null; completeMs: number }>

/**
 * A first visit to /search (the worker starts, with the index's meta file, when the page opens), then a query:
 * what the query fetched from then, and the meta file fetched before it.
 */
async function xianbaoFirstVisit(browser: Browser, port: number, q: string) {
  const { context, page, log } = await throttled(browser)
  const opened = performance.now()
  await page.goto(`${scheme}://127.0.0.1:${port}/search`, { waitUntil: 'commit' })
  await page.getByRole('searchbox', { name: '搜索' }).waitFor({ timeout: 120_000 })
  await page.waitForLoadState('networkidle')
  const start = performance.now()
  const warmUp = log.filter((f) => f.at >= opened && f.at < start && /\/corpus\/search\//.test(f.url))
  const r = await page.evaluate((q) => (window as never as { __xianbaoSearch: Hook }).__xianbaoSearch(q), q)
  await page.waitForTimeout(300)
  await context.close()
  // the index's files (its meta file included), and every corpus file the query read
  return { total: r.total, firstPageMs: r.firstPageMs ?? r.completeMs, completeMs: r.completeMs, warmUpRequests: warmUp.length, warmUpKB: round(warmUp.reduce((n, f) => n + f.bytes, 0) / 1024), search: costs(log, /\/corpus\/search\//, start, r.firstPageMs ?? r.completeMs, /\/frag-/), corpus: costs(log, /\/corpus\//, start, r.firstPageMs ?? r.completeMs, /\/frag-/) }
}

/** A link to a search opened on a first visit: from the navigation until the first result shows (the app loads too). */
async function xianbaoDirectLink(browser: Browser, port: number, q: string): Promise<number> {
  const { context, page } = await throttled(browser)
  const t0 = performance.now()
  await page.goto(`${scheme}://127.0.0.1:${port}/search?q=${encodeURIComponent(q)}`, { waitUntil: 'commit' })
  await page.getByRole('list', { name: '搜索结果' }).getByRole('listitem').first().waitFor({ timeout: 120_000 })
  const ms = performance.now() - t0
  await context.close()
  return ms
}

async function pagefindFirstVisit(browser: Browser, port: number, q: string) {
  const { context, page, log } = await throttled(browser)
  await page.goto(`${scheme}://127.0.0.1:${port}/pf/bench.html`)
  const start = performance.now()
  const r = await page.evaluate(pagefindSearch, { q, bundle: PAGEFIND, first: PAGE })
  await page.waitForTimeout(300)
  await context.close()
  return { total: r.total, firstPageMs: r.firstPageMs, completeMs: r.countMs, search: costs(log, /\/pf\/pagefind\//, start, r.firstPageMs, /\/fragment\//) }
}

type XianbaoVisit = Awaited<ReturnType<typeof xianbaoFirstVisit>>
/** One first-visit query; what only Xianbao's has: every corpus file it read, and the meta file read before it */
type Visit = Omit<XianbaoVisit, 'corpus' | 'warmUpRequests' | 'warmUpKB'> & Partial<Pick<XianbaoVisit, 'corpus' | 'warmUpRequests' | 'warmUpKB'>>

function summarise(samples: Visit[]) {
  const pick = (f: (v: Visit) => number) => spread(samples.map(f))
  return {
    queries: samples.length,
    requests: pick((v) => v.search.requests),
    kb: pick((v) => v.search.kb),
    firstPageRequests: pick((v) => v.search.firstPageRequests),
    firstPageKB: pick((v) => v.search.firstPageKB),
    indexRequests: pick((v) => v.search.indexRequests),
    indexKB: pick((v) => v.search.indexKB),
    firstPageMs: pick((v) => v.firstPageMs),
    fullCountMs: pick((v) => v.completeMs),
    results: pick((v) => v.total),
    ...(samples[0]!.corpus ? { allCorpusRequests: pick((v) => v.corpus!.requests), allCorpusKB: pick((v) => v.corpus!.kb), warmUpRequests: pick((v) => v.warmUpRequests!), warmUpKB: pick((v) => v.warmUpKB!) } : {}),
  }
}

/**
 * Query latency once every file a query needs is in memory: each query run once to fetch its files, then again,
 * timed, at 4× CPU (the page's; the worker runs at full speed, see `throttled`).
 */
async function cached(browser: Browser, url: string, run: (page: Page, q: string) => Promise<Timed>, queries: string[]) {
  const context = await browser.newContext(contextOptions)
  const page = await context.newPage()
  const cdp: CDPSession = await context.newCDPSession(page)
  await page.goto(url)
  const timed: Timed[] = []
  for (const q of queries) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
    await run(page, q)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    timed.push(await run(page, q))
  }
  await context.close()
  const stats = (ms: number[]) => ({ p50: round(percentile(ms, 50), 2), p95: round(percentile(ms, 95), 2), max: round(Math.max(...ms), 2) })
  return { queries: queries.length, firstPageMs: stats(timed.map((t) => t.firstPageMs)), completeMs: stats(timed.map((t) => t.completeMs)) }
}

/** A query's times: to its first page of results (with their snippets), and to its complete count. */
interface Timed {
  firstPageMs: number
  completeMs: number
}
const xianbaoCached = (page: Page, q: string): Promise<Timed> =>
  page.evaluate(async (q) => (await (window as never as { __xianbaoSearch: Hook }).__xianbaoSearch(q)), q).then((r) => ({ firstPageMs: r.firstPageMs ?? r.completeMs, completeMs: r.completeMs }))
// Pagefind counts every result before it shows any: its first page comes after the count
const pagefindCached = (page: Page, q: string): Promise<Timed> => page.evaluate(pagefindSearch, { q, bundle: PAGEFIND, first: PAGE }).then((r) => ({ firstPageMs: r.firstPageMs, completeMs: r.countMs }))

/** Pagefind's recall and precision on the oracle's queries (those with at most PAGEFIND_ORACLE_CAP results). */
async function pagefindOracle(browser: Browser, port: number, a: ArchiveIndex, queries: string[]) {
  const context = await browser.newContext(contextOptions)
  const page = await context.newPage()
  await page.goto(`${scheme}://127.0.0.1:${port}/pf/bench.html`)
  const result = await pagefindRecall(page, a.texts, queries, PAGEFIND_ORACLE_CAP)
  await context.close()
  return result
}

const app = join(tmpdir(), 'xianbao-search-bench-app')
execFileSync('npx', ['vite', 'build', '--outDir', app, '--emptyOutDir', '--logLevel', 'error'], { stdio: 'inherit', env: { ...process.env, VITE_BENCH_HOOKS: '1' } })
const browser = await chromium.launch({
  executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
const resultsFile = `bench/results/search${http2 ? '-http2' : ''}.json`
// the sizes measured before and not now are kept
const results: Record<string, unknown> = existsSync(resultsFile) ? ((JSON.parse(readFileSync(resultsFile, 'utf8')) as { results?: Record<string, unknown> }).results ?? {}) : {}
for (const size of sizes) delete results[size]
const write = () => {
  mkdirSync('bench/results', { recursive: true })
  writeFileSync(resultsFile, `${JSON.stringify({ date: new Date().toISOString(), protocol: http2 ? 'HTTP/2' : 'HTTP/1.1', throttling: { ...SLOW_4G, cpuSlowdown: 4 }, visits, budget: BUDGET, results }, null, 1)}\n`)
}
try {
  for (const [i, size] of sizes.entries()) {
    const corpus = given.get(String(size)) ?? archive(size)
    const a = readArchiveIndex(corpus)
    const queries = benchQueries(a, cachedCount)
    const oracle = oracleQueries(a, oracleCount)
    console.log(size, 'archive read:', a.docs.length, 'documents')
    const out: Record<string, unknown> = { articles: a.docs.length, index: indexSizes(a.folder), oracle: await xianbaoOracle(a, oracle) }
    console.log(size, 'oracle', JSON.stringify(out.oracle))
    const pfSite = join(archiveFolder(size), 'pagefind-site')
    if (withPagefind) {
      try {
        out.pagefindBuild = buildPagefindSite(pfSite, a.docs, process.argv.includes('--reuse-pagefind'))
      } catch (e) {
        out.pagefindBuild = { failed: (e as Error).message.slice(0, 500) }
      }
      console.log(size, 'pagefind', JSON.stringify(out.pagefindBuild))
    }
    const port = 4400 + i
    const link = {
      enabled: true,
      latencyMs: SLOW_4G.latency,
      bytesPerSecond: SLOW_4G.downloadThroughput,
      onSent: (url: string, bytes: number) => sent.push({ url, bytes, at: performance.now() }),
    }
    const server = serveArchive(port, app, corpus, { '/pf/': pfSite }, link, http2)
    try {
      const firstVisit: Record<string, unknown> = {}
      const pagefind: Record<string, unknown> = {}
      for (const kind of KINDS) {
        const sample = queries[kind].slice(0, visits)
        const xs: Visit[] = []
        for (const q of sample) xs.push(await xianbaoFirstVisit(browser, port, q))
        const direct: number[] = []
        for (const q of sample) direct.push(await xianbaoDirectLink(browser, port, q))
        firstVisit[kind] = { ...summarise(xs), directLinkMs: spread(direct), examples: sample }
        console.log(size, kind, JSON.stringify(firstVisit[kind]))
        if (withPagefind && !(out.pagefindBuild as { failed?: string }).failed) {
          const ps: Visit[] = []
          for (const q of sample) ps.push(await pagefindFirstVisit(browser, port, q))
          pagefind[kind] = summarise(ps)
          console.log(size, 'pagefind', kind, JSON.stringify(pagefind[kind]))
        }
      }
      out.firstVisit = firstVisit
      // once cached, the network does not matter: the warm-up runs at full speed
      link.enabled = false
      out.cached = {}
      for (const kind of KINDS) {
        ;(out.cached as Record<Kind, unknown>)[kind] = await cached(browser, `${scheme}://127.0.0.1:${port}/search`, xianbaoCached, queries[kind].slice(0, cachedTimed))
        console.log(size, 'cached', kind, JSON.stringify((out.cached as Record<Kind, unknown>)[kind]))
        if (withPagefind && pagefind[kind]) {
          pagefind[`${kind}Cached`] = await cached(browser, `${scheme}://127.0.0.1:${port}/pf/bench.html`, pagefindCached, queries[kind].slice(0, pagefindCachedCount))
        }
      }
      if (withPagefind && Object.keys(pagefind).length) pagefind.oracle = await pagefindOracle(browser, port, a, oracle)
      out.pagefind = pagefind
    } finally {
      server.close()
    }
    results[size] = out
    write()
  }
} finally {
  await browser.close()
}
write()
console.log(JSON.stringify(results, null, 1))
