// Memory and time of a folder of a paper's PDFs: N PDFs of 4–8 printed pages each (the seed pages typeset as in
// typeset-seed-pages.ts, one A3 sheet a page), built cold; the builder's own --stats give the seconds and the peak
// resident memory of the process, its worker threads included. Memory must not grow with the number of PDFs: each
// is read in a worker of the pool, and what it gave waits in the cache, not in memory.
// Writes bench/results/pdf-memory.txt. Run: npx tsx bench/pdf-memory.bench.ts [N…] (default 20 80)
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { typesetSeedPages } from './typeset-seed-pages'

const counts = process.argv.slice(2).map(Number).filter((n) => n > 0)
const sizes = counts.length ? counts : [20, 80]
const work = mkdtempSync(join(tmpdir(), 'xianbao-pdf-memory-'))
await typesetSeedPages(work, 'bands')
const pages = readdirSync(join(work, 'html-bands')).sort().map((f) => readFileSync(join(work, 'html-bands', f), 'utf8'))

// one PDF for each page count from 4 to 8: the seed pages in turn, each an A3 sheet (what does not fit is cut)
const style = pages[0]!.match(/<style>[\s\S]*?<\/style>/)![0]
const bodyOf = (html: string) => html.match(/<body>([\s\S]*)<\/body>/)![1]!
const variants: Buffer[] = []
const browser = await chromium.launch({ executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined, args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] })
const page = await browser.newPage()
for (let n = 4; n <= 8; n++) {
  const sheets = Array.from({ length: n }, (_, i) => `<div style="height: 396mm; overflow: hidden; break-after: page">${bodyOf(pages[i % pages.length]!)}</div>`)
  await page.setContent(`<!doctype html><html><head><meta charset="utf-8">${style}</head><body>${sheets.join('')}</body></html>`, { waitUntil: 'load' })
  variants.push(await page.pdf({ width: '297mm', height: '420mm', printBackground: true }))
}
await browser.close()

const lines = [`# ${sizes.join(' and ')} PDFs of 4–8 A3 pages each (bench/pdf-memory.bench.ts), built cold (no cache) by \`npm run corpus\` (its 1,280 MB heap), ${new Date().toISOString().slice(0, 10)}`, '# PDFs  pages  seconds  peak RSS (MiB, worker threads included)']
for (const n of sizes) {
  const dir = join(work, `pdfs-${n}`)
  mkdirSync(dir)
  // (a comment after the end of each copy makes its bytes its own: the build reads a PDF once by its hash)
  for (let i = 0; i < n; i++) writeFileSync(join(dir, `p${String(i).padStart(3, '0')}.pdf`), Buffer.concat([variants[i % variants.length]!, Buffer.from(`\n% copy ${i}\n`)]))
  const stats = join(work, `stats-${n}.json`)
  execFileSync(process.execPath, ['--max-old-space-size=1280', '--import', 'tsx', 'src/corpus/cli.ts', '--in', dir, '--out', join(work, `corpus-${n}`), '--quiet', '--no-cache', '--stats', stats], { stdio: ['ignore', 'ignore', 'inherit'] })
  const s = JSON.parse(readFileSync(stats, 'utf8')) as { pages: number; seconds: number; peakRssMiB: number }
  lines.push(`${String(n).padStart(6)}  ${String(s.pages).padStart(5)}  ${s.seconds.toFixed(1).padStart(7)}  ${s.peakRssMiB.toFixed(0).padStart(8)}`)
  console.log(lines.at(-1))
}
writeFileSync('bench/results/pdf-memory.txt', `${lines.join('\n')}\n`)
console.log(lines.join('\n'))
