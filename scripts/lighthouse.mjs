// Lighthouse 12 (13 needs Node 22) on `/` and an article page, mobile and desktop, against the built app served
// by vite preview. Writes the category scores to bench/results/lighthouse.json. Run: npm run lighthouse
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'

const port = 4197
const base = `http://127.0.0.1:${port}`
const pages = ['/', '/articles/001_a9866df5d050a74f-a01']
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore', detached: true })
await new Promise((r) => setTimeout(r, 2500))
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
})
const results = []
try {
  for (const path of pages) {
    for (const [form, config] of [['mobile', undefined], ['desktop', desktopConfig]]) {
      const run = await lighthouse(base + path, { port: chrome.port, output: 'json', logLevel: 'error' }, config)
      const lhr = run.lhr
      const scores = Object.fromEntries(Object.entries(lhr.categories).map(([k, c]) => [k, c.score == null ? null : Math.round(c.score * 100)]))
      const errored = Object.values(lhr.audits).filter((a) => a.scoreDisplayMode === 'error').map((a) => a.id)
      results.push({ path, form, scores, erroredAudits: errored })
      console.log(path, form, JSON.stringify(scores), errored.length ? `errored: ${errored.join(', ')}` : '')
    }
  }
} finally {
  await chrome.kill()
  process.kill(-server.pid)
}
mkdirSync('bench/results', { recursive: true })
writeFileSync('bench/results/lighthouse.json', `${JSON.stringify({ date: new Date().toISOString(), lighthouse: '12.2.3', results }, null, 2)}\n`)
