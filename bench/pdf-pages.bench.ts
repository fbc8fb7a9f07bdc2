// Benchmark and check of PDF input: the bundled seed pages typeset into printed pages of another layout (A3, a
// masthead band, each article a headline over four columns, the articles written to the DOM in reverse order so the
// PDF's text order is not the reading order), printed to PDF with Chromium, built from the PDFs alone, timed (pages
// per second, cold: no cache), and — when the shared grader and the seed gold are beside the repo — graded against
// the seed gold as the text pages are. Writes bench/results/pdf-pages.txt. Run: npx tsx bench/pdf-pages.bench.ts
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import type { Article, Issue } from '../src/shared/corpus-schema'
import type { Manifest } from '../src/shared/corpus-manifest'

const work = mkdtempSync(join(tmpdir(), 'xianbao-pdf-bench-'))
const cli = (input: string, out: string) => execFileSync(process.execPath, ['--max-old-space-size=1280', '--import', 'tsx', 'src/corpus/cli.ts', '--in', input, '--out', out, '--quiet', '--no-cache'], { stdio: ['ignore', 'ignore', 'inherit'] })

// the seed pages as the text builder reads them: what is typeset
const textCorpus = join(work, 'text')
cli('data/issues', textCorpus)
const json = <T>(file: string) => JSON.parse(readFileSync(join(textCorpus, file), 'utf8')) as T
const manifest = json<Manifest>('manifest.json')
const issues = json<Issue[]>('issues.json')
const articles = manifest.articleShards.flatMap((s) => json<Article[]>(s))

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')
const byline = (a: Article) => {
  const parts = [a.byline.reporters.length ? `记者 ${a.byline.reporters.join(' ')}` : '', a.byline.correspondents.length ? `通讯员 ${a.byline.correspondents.join(' ')}` : ''].filter(Boolean)
  return parts.length ? `本报讯（${parts.join(' ')}）` : ''
}

function typeset(issue: Issue): string {
  const own = articles.filter((a) => a.issueId === issue.id)
  const masthead = issue.blocks.filter((b) => b.kind === 'masthead' || b.kind === 'page-header').flatMap((b) => b.text)
  const blocks = own.map((a, i) => `<section style="order:${i}">
    ${a.kicker ? `<p class="kicker">${esc(a.kicker)}</p>` : ''}${a.headline ? `<h2>${esc(a.headline)}</h2>` : ''}${a.subheadline ? `<p class="sub">${esc(a.subheadline)}</p>` : ''}
    <div class="cols">${a.paragraphs.map((p, n) => `${a.sections.filter((x) => x.startParagraph === n).map((x) => `<p class="section">${esc(x.heading)}</p>`).join('')}<p>${n === 0 ? esc(byline(a)) : ''}${esc(p)}</p>`).join('')}${
      a.byline.photographers.length ? `<p>（${esc(a.byline.photographers.join(' '))} 摄）</p>` : ''}</div></section>`)
  return `<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: 297mm 420mm; margin: 0 } body { margin: 12mm; font-family: 'Noto Serif CJK SC', serif; font-size: 8.5pt; line-height: 1.5 }
header { display: flex; gap: 20mm; align-items: flex-end; border-bottom: 1.5pt solid #000; padding-bottom: 3mm; margin-bottom: 4mm }
header .name { font-size: 40pt; font-weight: bold } header .lines p { margin: 0; font-size: 8pt }
main { display: flex; flex-direction: column; gap: 5mm } h2 { font-size: 17pt; text-align: center; margin: 1mm 0 }
.kicker, .sub { font-size: 11pt; text-align: center; margin: 0 } .cols { column-count: 4; column-gap: 6mm; text-align: justify }
.cols p { margin: 0; text-indent: 2em } .cols p.section { text-indent: 0; font-weight: bold; margin: 1mm 0 }
</style></head><body><header><div class="name">${esc(issue.paper ?? `${issue.place ?? ''}报`)}</div><div class="lines">${masthead.map((l) => `<p>${esc(l)}</p>`).join('')}</div></header>
<main>${blocks.reverse().join('\n')}</main></body></html>`
}

const pdfDir = join(work, 'pdf')
mkdirSync(pdfDir)
const browser = await chromium.launch({ executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined, args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] })
const page = await browser.newPage()
mkdirSync(join(work, 'html'))
for (const issue of issues) {
  // the typeset page is kept beside the PDFs, to look at
  writeFileSync(join(work, 'html', issue.source.replace(/\.\w+$/, '.html')), typeset(issue))
  await page.setContent(typeset(issue), { waitUntil: 'load' })
  await page.pdf({ path: join(pdfDir, issue.source.replace(/\.\w+$/, '.pdf')), width: '297mm', height: '420mm', printBackground: true })
}
await browser.close()

// the same pages ten times over (as ten days of a paper), to tell the cost of a page from the cost of a build
const manyDir = join(work, 'pdf-50')
mkdirSync(manyDir)
// (a comment after the end of each copy makes its bytes its own: the build reads a PDF once by its hash)
for (let day = 0; day < 10; day++) for (const f of readdirSync(pdfDir)) writeFileSync(join(manyDir, `d${day}-${f}`), Buffer.concat([readFileSync(join(pdfDir, f)), Buffer.from(`\n% copy ${day}\n`)]))
const timed = (input: string, out: string) => {
  const started = performance.now()
  cli(input, out)
  return (performance.now() - started) / 1000
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const few: number[] = []
const many: number[] = []
for (let i = 0; i < 3; i++) {
  few.push(timed(pdfDir, join(work, `pdf-corpus-${i}`)))
  many.push(timed(manyDir, join(work, `pdf-50-corpus-${i}`)))
}
const pdfPages = readdirSync(pdfDir).length
const manyPages = readdirSync(manyDir).length
const perPage = (median(many) - median(few)) / (manyPages - pdfPages)
const lines = [
  `# PDF input: the ${pdfPages} seed pages typeset to A3 PDFs (bench/pdf-pages.bench.ts), built cold (no cache) from the PDFs alone, 3 runs each in turn, ${new Date().toISOString().slice(0, 10)}`,
  `# whole build (reading, layout, drawing each page's image at 1240 px, the text stages, the corpus), seconds:`,
  `#   ${pdfPages} pages: ${few.map((x) => x.toFixed(2)).join(', ')} (median ${median(few).toFixed(2)}); ${manyPages} pages: ${many.map((x) => x.toFixed(2)).join(', ')} (median ${median(many).toFixed(2)})`,
  `#   a page beyond the build's fixed cost: ${perPage.toFixed(2)} s (${(1 / perPage).toFixed(1)} pages a second)`,
]
const grader = join('..', 'shared', 'eval', 'score.mjs')
if (existsSync(grader)) {
  // the seed gold, its files renamed to the PDFs
  const gold = join(work, 'gold')
  mkdirSync(gold)
  for (const f of readdirSync(join('..', 'shared', 'eval', 'gold')).filter((f) => f.endsWith('.json'))) {
    const g = JSON.parse(readFileSync(join('..', 'shared', 'eval', 'gold', f), 'utf8')) as { file: string }
    writeFileSync(join(gold, f), JSON.stringify({ ...g, file: g.file.replace(/\.\w+$/, '.pdf') }))
  }
  const score = spawnSync(process.execPath, [grader, join(work, 'pdf-corpus-0'), '--gold', gold], { encoding: 'utf8' })
  lines.push('# graded against the seed gold (../shared/eval/score.mjs):', ...score.stdout.split('\n').filter((l) => /^\S+\s+\d\.\d{3}\s+\d+\/\d+$/.test(l) || l.startsWith('metric')))
}
writeFileSync('bench/results/pdf-pages.txt', `${lines.join('\n')}\n`)
console.log(lines.join('\n'))
