// Benchmark: every view of the reader on generated archives (npm run gen:archive) of 20,000 and 200,000 articles,
// a first visit in headless Chromium under Lighthouse's Slow 4G (150 ms RTT, 1.6 Mbps down, 750 kbps up) and 4×
// CPU slowdown, the service worker blocked. Per view: corpus bytes transferred (compressed, as sent) and
// requests, time to content, DOM nodes and JS heap; medians of several runs with their spread. The app is built
// once; a small server sends it and the archive's corpus (precompressed, as `npm start` and a CDN do).
// Writes bench/results/archive.json. Run: npm run bench:archive [-- --sizes 20000,200000 --runs 3 --corpus SIZE=DIR]
import { chromium, type Browser } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { archive as builtArchive, givenCorpora, serveArchive, SLOW_4G } from './archive/serve-archive'
import type { Manifest } from '../src/shared/corpus-manifest'
import type { Paged, PersonEntry, TimelineIndex } from '../src/shared/view-records'

const arg = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`)
  return at > 0 ? process.argv[at + 1]! : fallback
}
const sizes = arg('sizes', '20000,200000').split(',').map(Number)
const runs = Number(arg('runs', '3'))
const BUDGET = { corpusKB: 150, contentMs: 2500, domNodes: 3000, heapMB: 60, growth: 1.3 }

/** `--corpus 200000=DIR`: an archive already built (by bench:corpus, say) to use as it is for that size. */
const given = givenCorpora()

interface Sample {
  corpusKB: number
  requests: number
  contentMs: number
  domNodes: number
  heapMB: number
}

/** One first visit of a view: fresh context, throttled, until `content` (a selector) is visible. */
async function visit(browser: Browser, url: string, content: string): Promise<Sample> {
  const context = await browser.newContext({ serviceWorkers: 'block' })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  await cdp.send('Performance.enable')
  const urls = new Map<string, string>()
  let corpusBytes = 0
  let requests = 0
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url))
  cdp.on('Network.loadingFinished', (e) => {
    if (!/\/corpus\//.test(urls.get(e.requestId) ?? '')) return
    corpusBytes += e.encodedDataLength
    requests++
  })
  const started = Date.now()
  await page.goto(url, { waitUntil: 'commit' })
  await page.locator(content).first().waitFor({ state: 'visible', timeout: 120_000 })
  const contentMs = Date.now() - started
  // what arrives after the content is shown still counts (prefetches, charts)
  await page.waitForLoadState('networkidle').catch(() => {})
  const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length)
  const { metrics } = await cdp.send('Performance.getMetrics')
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0
  await context.close()
  return { corpusKB: corpusBytes / 1024, requests, contentMs, domNodes, heapMB: heap / 2 ** 20 }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const round = (x: number, d = 1) => +x.toFixed(d)

/** The views of an archive, with the selector that says their content is shown. */
function views(corpus: string): { name: string; path: string; content: string }[] {
  const manifest = JSON.parse(readFileSync(join(corpus, 'manifest.json'), 'utf8')) as Manifest
  const view = <T>(p: string) => JSON.parse(readFileSync(join(corpus, manifest.views, p), 'utf8')) as T
  const people = view<Paged<PersonEntry>>('people/all-0001.json')
  const timeline = view<TimelineIndex>('timeline/index.json')
  const issues = JSON.parse(readFileSync(join(corpus, 'issues.json'), 'utf8')) as { id: string; articleIds: string[] }[]
  const issue = issues[Math.floor(issues.length / 2)]!
  // the first year's last month: a whole month, and the same month at every size (the archives start on one day)
  const month = timeline.years[0]!.latest
  return [
    { name: 'home', path: '/', content: 'ul[aria-label="最新版面"] li' },
    { name: 'issues', path: '/issues', content: 'table td a' },
    { name: 'page', path: `/issues/${encodeURIComponent(issue.id)}`, content: 'ol[aria-label="本版文章"] li' },
    { name: 'article', path: `/articles/${encodeURIComponent(issue.articleIds[0]!)}`, content: 'article h1' },
    { name: 'people', path: '/people', content: 'ul[aria-label="人物"] li' },
    { name: 'profile', path: `/people/${encodeURIComponent(people.items[0]!.id)}`, content: '#career' },
    { name: 'timeline', path: '/timeline', content: 'ul.space-y-3 li' },
    { name: 'timelineMonth', path: `/timeline?month=${month}`, content: 'ul.space-y-3 li' },
    { name: 'figures', path: '/figures', content: 'ul[aria-label="报道中的数据"] li' },
    { name: 'offices', path: '/offices', content: 'table tbody tr' },
  ]
}

execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' })
const browser = await chromium.launch({
  executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
const results: Record<string, Record<string, Record<keyof Sample, { median: number; min: number; max: number }>>> = {}
try {
  for (const [i, size] of sizes.entries()) {
    const corpus = given.get(String(size)) ?? builtArchive(size)
    const port = 4300 + i
    const server = serveArchive(port, 'dist', corpus)
    results[size] = {}
    for (const v of views(corpus)) {
      const samples: Sample[] = []
      for (let r = 0; r < runs; r++) samples.push(await visit(browser, `http://127.0.0.1:${port}${v.path}`, v.content))
      const keys = Object.keys(samples[0]!) as (keyof Sample)[]
      results[size]![v.name] = Object.fromEntries(keys.map((k) => {
        const xs = samples.map((s) => s[k])
        return [k, { median: round(median(xs)), min: round(Math.min(...xs)), max: round(Math.max(...xs)) }]
      })) as Record<keyof Sample, { median: number; min: number; max: number }>
      console.log(size, v.name, JSON.stringify(Object.fromEntries(keys.map((k) => [k, results[size]![v.name]![k].median]))))
    }
    server.close()
  }
} finally {
  await browser.close()
}

// the budgets at the largest size, and each view's growth from the smallest
const [small, large] = [String(Math.min(...sizes)), String(Math.max(...sizes))]
const checks = Object.entries(results[large] ?? {}).map(([view, m]) => {
  const base = results[small]?.[view]
  const growth = Object.fromEntries((Object.keys(m) as (keyof Sample)[]).map((k) => [k, base ? round(m[k].median / Math.max(base[k].median, 1e-9), 2) : null]))
  return {
    view,
    withinBudget: m.corpusKB.median <= BUDGET.corpusKB && m.contentMs.median <= BUDGET.contentMs && m.domNodes.median <= BUDGET.domNodes && m.heapMB.median <= BUDGET.heapMB,
    growth,
  }
})
mkdirSync('bench/results', { recursive: true })
const out = { date: new Date().toISOString(), throttling: { ...SLOW_4G, cpuSlowdown: 4 }, runs, budget: BUDGET, results, checks }
writeFileSync('bench/results/archive.json', `${JSON.stringify(out, null, 1)}\n`)
console.log(JSON.stringify(checks, null, 1))
