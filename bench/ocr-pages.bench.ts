// Benchmark and check of scans as input: the bundled seed pages typeset as in typeset-seed-pages.ts ('bands'),
// photographed at 200 dpi by Chromium (clean), and again degraded (grey paper, a blur, laid askew, a fold's shadow,
// noise), each built cold with --ocr from the images alone, timed (seconds a page on this machine's cores, the pool reading the scans) and — when
// the shared grader and the seed gold are beside the repo — graded against the seed gold.
// Writes bench/results/ocr-pages.txt. Run: npx tsx bench/ocr-pages.bench.ts
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import sharp from 'sharp'
import { gradeSideBySide } from './seed-grade'
import { typesetSeedPages } from './typeset-seed-pages'

const work = mkdtempSync(join(tmpdir(), 'xianbao-ocr-bench-'))
await typesetSeedPages(work, 'bands')
const clean = join(work, 'scan-clean')
const degraded = join(work, 'scan-degraded')
mkdirSync(clean)
mkdirSync(degraded)
const browser = await chromium.launch({ executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined, args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] })
// an A3 page 297 mm wide is 1123 CSS pixels: at 200 dpi, 2339 pixels
const camera = await browser.newPage({ viewport: { width: 1123, height: 1587 }, deviceScaleFactor: 2339 / 1123 })
for (const file of readdirSync(join(work, 'html-bands'))) {
  await camera.setContent(readFileSync(join(work, 'html-bands', file), 'utf8'), { waitUntil: 'load' })
  const name = file.replace(/\.html$/, '.png')
  await camera.screenshot({ path: join(clean, name), fullPage: true })
  // grey paper, the type a little soft, the page laid 1.2° askew, a fold's shadow down the middle, speckle: as a scan
  // of a folded newspaper is
  const { data, info } = await sharp(join(clean, name)).greyscale().linear(0.8, 30).blur(0.8).rotate(1.2, { background: '#ffffff' }).greyscale().raw().toBuffer({ resolveWithObject: true })
  let seed = 7
  for (let i = 0; i < data.length; i++) {
    const x = (i % info.width) / info.width - 0.5
    const shadow = 1 - 0.35 * Math.exp(-((x / 0.04) ** 2))
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    data[i] = Math.max(0, Math.min(255, data[i]! * shadow + ((seed % 41) - 20)))
  }
  await sharp(data, { raw: { width: info.width, height: info.height, channels: 1 } }).png().toFile(join(degraded, name))
}
await browser.close()

const build = (input: string, out: string) => {
  const stats = join(work, `${out}.json`)
  execFileSync(process.execPath, ['--max-old-space-size=1280', '--import', 'tsx', 'src/corpus/cli.ts', '--in', input, '--out', join(work, out), '--quiet', '--no-cache', '--ocr', '--stats', stats], { stdio: ['ignore', 'ignore', 'inherit'] })
  return JSON.parse(readFileSync(stats, 'utf8')) as { pages: number; seconds: number; peakRssMiB: number }
}
const runs = { clean: build(clean, 'corpus-clean'), degraded: build(degraded, 'corpus-degraded') }
const lines = [
  `# scans as input: the ${runs.clean.pages} seed pages typeset (bench/typeset-seed-pages.ts, 'bands') and photographed at 200 dpi, built cold with --ocr, ${new Date().toISOString().slice(0, 10)}`,
  ...Object.entries(runs).map(([kind, s]) => `#   ${kind}: ${s.seconds.toFixed(1)} s for ${s.pages} pages (${(s.seconds / s.pages).toFixed(1)} s a page, ${availableParallelism()} cores), peak RSS ${s.peakRssMiB.toFixed(0)} MiB`),
]
const graded = gradeSideBySide(work, 'png', [['clean', join(work, 'corpus-clean')], ['degraded', join(work, 'corpus-degraded')]])
if (graded.length) lines.push('# graded against the seed gold (../shared/eval/score.mjs):', ...graded)
writeFileSync('bench/results/ocr-pages.txt', `${lines.join('\n')}\n`)
console.log(lines.join('\n'))
