// Benchmark: the JavaScript a first visit to `/` loads, gzipped, against the 150 KB budget; and whether the
// charting library stays out of it. Serves dist/ with vite preview. Writes bench/results/bundle.json.
// Run after `npm run build`: npm run bench:bundle
import { chromium } from '@playwright/test'
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

const port = 4199
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore', detached: true })
await new Promise((r) => setTimeout(r, 2500))
const browser = await chromium.launch({
  executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})

async function scriptsOf(path: string) {
  const page = await browser.newPage({ serviceWorkers: 'block' })
  const scripts: { url: string; gzip: number; raw: number }[] = []
  page.on('response', async (res) => {
    if (!res.url().endsWith('.js')) return
    const body = await res.body().catch(() => Buffer.alloc(0))
    scripts.push({ url: new URL(res.url()).pathname, raw: body.length, gzip: gzipSync(body).length })
  })
  await page.goto(`http://127.0.0.1:${port}${path}`)
  await page.waitForLoadState('networkidle')
  await page.close()
  return scripts
}

const home = await scriptsOf('/')
const figures = await scriptsOf('/figures')
await browser.close()
process.kill(-server.pid!)
const sum = (xs: { gzip: number }[]) => xs.reduce((n, x) => n + x.gzip, 0)
const figures_ = {
  date: new Date().toISOString(),
  initialJsGzipKB: +(sum(home) / 1024).toFixed(1),
  budgetKB: 150,
  initialScripts: home.map((s) => ({ file: s.url, gzipKB: +(s.gzip / 1024).toFixed(1) })),
  chartsInInitial: home.some((s) => /BarChart|recharts/i.test(s.url)),
  figuresRouteJsGzipKB: +(sum(figures) / 1024).toFixed(1),
}
mkdirSync('bench/results', { recursive: true })
writeFileSync('bench/results/bundle.json', `${JSON.stringify(figures_, null, 2)}\n`)
console.log(JSON.stringify(figures_, null, 2))
