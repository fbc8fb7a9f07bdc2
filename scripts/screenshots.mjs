// Screenshots of every route at phone and desktop width, to look at what a reader sees.
// Usage: node scripts/screenshots.mjs [baseURL] [outDir]   (serve the built app first: npx vite preview)
import { chromium } from '@playwright/test'
import { existsSync, mkdirSync } from 'node:fs'

const base = process.argv[2] ?? 'http://127.0.0.1:4173'
const out = process.argv[3] ?? 'test-results/screenshots'
mkdirSync(out, { recursive: true })
const routes = process.env.ROUTES?.split(',') ?? ['/', '/issues', '/timeline', '/people', '/offices', '/figures']
const browser = await chromium.launch({
  executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
for (const [name, width] of [['phone', 360], ['desktop', 1280]]) {
  const page = await browser.newPage({ viewport: { width, height: 800 } })
  for (const route of routes) {
    await page.goto(base + route)
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(300)
    const file = `${out}/${name}${route.replace(/[/?=&]+/g, '_') || '_'}.png`
    await page.screenshot({ path: file, fullPage: true })
    console.log(file)
  }
  await page.close()
}
await browser.close()
