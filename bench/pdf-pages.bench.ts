// Benchmark and check of PDF input: the bundled seed pages typeset into printed pages of another layout
// (typeset-seed-pages.ts), built from the PDFs alone, timed (pages per second, cold: no cache), and — when the shared
// grader and the seed gold are beside the repo — graded against the seed gold as the text pages are.
// Writes bench/results/pdf-pages.txt. Run: npx tsx bench/pdf-pages.bench.ts
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { gradeSideBySide } from './seed-grade'
import { typesetSeedPages } from './typeset-seed-pages'

const work = mkdtempSync(join(tmpdir(), 'xianbao-pdf-bench-'))
const cli = (input: string, out: string, env: Record<string, string> = {}) => execFileSync(process.execPath, ['--max-old-space-size=1280', '--import', 'tsx', 'src/corpus/cli.ts', '--in', input, '--out', out, '--quiet', '--no-cache'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } })

const pdfDir = await typesetSeedPages(work, 'bands')
const gridDir = await typesetSeedPages(work, 'grid')

// the same pages ten times over (as ten days of a paper), to tell the cost of a page from the cost of a build
const manyDir = join(work, 'pdf-50')
mkdirSync(manyDir)
// (a comment after the end of each copy makes its bytes its own: the build reads a PDF once by its hash)
for (let day = 0; day < 10; day++) for (const f of readdirSync(pdfDir)) writeFileSync(join(manyDir, `d${day}-${f}`), Buffer.concat([readFileSync(join(pdfDir, f)), Buffer.from(`\n% copy ${day}\n`)]))
const timed = (input: string, out: string, env: Record<string, string> = {}) => {
  const started = performance.now()
  cli(input, out, env)
  return (performance.now() - started) / 1000
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const few: number[] = []
const many: number[] = []
for (let i = 0; i < 3; i++) {
  few.push(timed(pdfDir, join(work, `pdf-corpus-${i}`)))
  many.push(timed(manyDir, join(work, `pdf-50-corpus-${i}`)))
}
// the PDFs read on the main thread alone: the cost of a page on one core
const oneCore = [timed(pdfDir, join(work, 'one-core-5'), { XIANBAO_WORKERS: '0' }), timed(manyDir, join(work, 'one-core-50'), { XIANBAO_WORKERS: '0' })]
const pdfPages = readdirSync(pdfDir).length
const manyPages = readdirSync(manyDir).length
const perPage = (median(many) - median(few)) / (manyPages - pdfPages)
const lines = [
  `# PDF input: the ${pdfPages} seed pages typeset to A3 PDFs, layout 'bands' (bench/typeset-seed-pages.ts), built cold (no cache) from the PDFs alone, 3 runs each in turn, ${new Date().toISOString().slice(0, 10)}`,
  `# whole build (reading, layout, drawing each page's image at 1240 px, the text stages, the corpus), seconds:`,
  `#   ${pdfPages} pages: ${few.map((x) => x.toFixed(2)).join(', ')} (median ${median(few).toFixed(2)}); ${manyPages} pages: ${many.map((x) => x.toFixed(2)).join(', ')} (median ${median(many).toFixed(2)})`,
  `#   a page beyond the build's fixed cost: ${perPage.toFixed(2)} s (${(1 / perPage).toFixed(1)} pages a second), the PDFs read in the worker pool (${availableParallelism()} cores)`,
  `#   on one core (XIANBAO_WORKERS=0, one run): ${oneCore.map((x) => x.toFixed(2)).join(' s and ')} s, a page ${((oneCore[1]! - oneCore[0]!) / (manyPages - pdfPages)).toFixed(2)} s`,
]
cli(gridDir, join(work, 'grid-corpus'))
const graded = gradeSideBySide(work, 'pdf', [['bands', join(work, 'pdf-corpus-0')], ['grid', join(work, 'grid-corpus')]])
if (graded.length) lines.push('# graded against the seed gold (../shared/eval/score.mjs), the pages in both layouts:', ...graded)
writeFileSync('bench/results/pdf-pages.txt', `${lines.join('\n')}\n`)
console.log(lines.join('\n'))
