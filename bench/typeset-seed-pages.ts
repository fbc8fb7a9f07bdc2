// The bundled seed pages typeset into printed pages of another layout than their text (A3, a masthead band, each
// article a headline over four columns, a 导读 box of teasers with their page pointers, bylines in the forms the
// text printed them — 本报讯（记者…） in a report's lead, 本报记者… above a feature, …摄影报道 under a picture —
// and 下转 lines), the articles written to the DOM in reverse order so that the PDF's text order is not the reading
// order, and printed to PDF with Chromium. What is typeset is what the text builder read of the seed pages, so the
// seed gold grades the PDFs as it grades the texts.
//   npx tsx bench/typeset-seed-pages.ts OUT_DIR [bands|grid]   (writes OUT_DIR/pdf-<layout>/*.pdf and its HTML beside)
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import type { Article, Issue } from '../src/shared/corpus-schema'
import type { Manifest } from '../src/shared/corpus-manifest'

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')
const CHINESE_PAGE = ['', '一', '二', '三', '四', '五', '六', '七', '八']

function credits(a: Article): string {
  const parts = [a.byline.reporters.length ? `记者 ${a.byline.reporters.join(' ')}` : '', a.byline.correspondents.length ? `通讯员 ${a.byline.correspondents.join(' ')}` : '']
  return parts.filter(Boolean).join(' ')
}

function body(a: Article): string {
  const writers = credits(a)
  const lead = a.kind === 'news' && writers ? `本报讯（${writers}）` : ''
  const above = a.kind !== 'news' && writers ? `<p class="byline">本报${writers}</p>` : ''
  const paragraphs = a.paragraphs.map((p, n) => `${a.sections.filter((x) => x.startParagraph === n).map((x) => `<p class="section">${esc(x.heading)}</p>`).join('')}<p>${n === 0 ? esc(lead) : ''}${esc(p)}</p>`)
  const photographers = a.byline.photographers.length ? `<p class="byline">${esc(a.byline.photographers.join(' '))} ${a.kind === 'photo' ? '摄影报道' : '摄'}</p>` : ''
  const continued = a.toPage ? `<p class="byline">（下转${CHINESE_PAGE[a.toPage] ?? a.toPage}版）</p>` : ''
  return `${above}<div class="cols">${paragraphs.join('')}${photographers}${continued}</div>`
}

function article(a: Article, order: number): string {
  const titles = `${a.kicker ? `<p class="kicker">${esc(a.kicker)}</p>` : ''}${a.headline ? `<h2>${esc(a.headline)}</h2>` : ''}${a.subheadline ? `<p class="sub">${esc(a.subheadline)}</p>` : ''}`
  return `<section style="order:${order}">${titles}${body(a)}</section>`
}

/** The 导读 box: each teaser's kicker, headline and page pointer (>>>2版), in a box of its own. */
function teasers(items: Article[], order: number): string {
  if (!items.length) return ''
  return `<aside style="order:${order}">${items.map((t) => `<div class="teaser">${t.kicker ? `<p>${esc(t.kicker)}</p>` : ''}<p class="t">${esc(t.headline ?? '')}</p><p>&gt;&gt;&gt;${t.toPage ?? ''}版</p></div>`).join('')}</aside>`
}

/**
 * Two layouts: `bands`, each article a band across the page (its headline centred over four columns); `grid`, the
 * lead article across the page and the others boxed two abreast, headlines set left in a sans face, two columns a
 * box — so that a box's neighbour, not the page's edge, bounds its columns.
 */
export type SeedLayout = 'bands' | 'grid'

const GRID_STYLE = `main { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm } main > :last-child { grid-column: 1 / 3 }
section { border-top: 0.75pt solid #000; padding-top: 2mm } h2 { text-align: left; font-family: 'Noto Sans CJK SC', sans-serif; font-size: 15pt }
.kicker, .sub { text-align: left } .cols { column-count: 2 }`

function typeset(issue: Issue, own: Article[], layout: SeedLayout): string {
  const masthead = issue.blocks.filter((b) => b.kind === 'masthead' || b.kind === 'page-header').flatMap((b) => b.text)
  const stories = own.filter((a) => a.kind !== 'teaser')
  const blocks = stories.map((a, i) => article(a, i))
  const box = teasers(own.filter((a) => a.kind === 'teaser'), stories.length)
  return `<!doctype html><html><head><meta charset="utf-8"><style>
@page { margin: 0 } html { width: 297mm } body { margin: 12mm; font-family: 'Noto Serif CJK SC', serif; font-size: 8.5pt; line-height: 1.5 }
header { display: flex; gap: 20mm; align-items: flex-end; border-bottom: 1.5pt solid #000; padding-bottom: 3mm; margin-bottom: 4mm }
header .name { font-size: 40pt; font-weight: bold } header .lines p { margin: 0; font-size: 8pt }
main { display: flex; flex-direction: column; gap: 5mm } h2 { font-size: 17pt; text-align: center; margin: 1mm 0 }
.kicker, .sub { font-size: 11pt; text-align: center; margin: 0 } .cols { column-count: 4; column-gap: 6mm; text-align: justify }
.cols p { margin: 0; text-indent: 2em } .cols p.section { text-indent: 0; font-weight: bold; margin: 1mm 0 }
p.byline { text-indent: 0; margin: 0 0 1mm; font-family: 'Noto Sans CJK SC', sans-serif }
aside { display: flex; gap: 8mm; border: 1pt solid #000; padding: 3mm } .teaser { flex: 1 } .teaser p { margin: 0 } .teaser .t { font-size: 12pt; font-weight: bold }
${layout === 'grid' ? GRID_STYLE : ''}
</style></head><body><header><div class="name">${esc(issue.paper ?? `${issue.place ?? ''}报`)}</div><div class="lines">${masthead.map((l) => `<p>${esc(l)}</p>`).join('')}</div></header>
<main>${layout === 'grid' ? [box, ...blocks.slice(1).reverse(), blocks[0] ?? ''].join('\n') : [...blocks, box].reverse().join('\n')}</main></body></html>`
}

/** Builds the seed pages' text corpus into `work/text` and prints each page to `work/pdf-<layout>/<name>.pdf`. */
export async function typesetSeedPages(work: string, layout: SeedLayout = 'bands'): Promise<string> {
  const textCorpus = join(work, 'text')
  execFileSync(process.execPath, ['--import', 'tsx', 'src/corpus/cli.ts', '--in', 'data/issues', '--out', textCorpus, '--quiet', '--no-cache'], { stdio: ['ignore', 'ignore', 'inherit'] })
  const json = <T>(file: string) => JSON.parse(readFileSync(join(textCorpus, file), 'utf8')) as T
  const articles = json<Manifest>('manifest.json').articleShards.flatMap((s) => json<Article[]>(s))
  const pdfDir = join(work, `pdf-${layout}`)
  mkdirSync(pdfDir, { recursive: true })
  mkdirSync(join(work, `html-${layout}`), { recursive: true })
  const browser = await chromium.launch({ executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined, args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] })
  const page = await browser.newPage()
  for (const issue of json<Issue[]>('issues.json')) {
    const html = typeset(issue, articles.filter((a) => a.issueId === issue.id), layout)
    // the typeset page is kept beside the PDFs, to look at
    writeFileSync(join(work, `html-${layout}`, issue.source.replace(/\.\w+$/, '.html')), html)
    await page.setContent(html, { waitUntil: 'load' })
    // one printed page however long the page's text: an A3 sheet, or taller where the text needs it
    await page.emulateMedia({ media: 'print' })
    const height = Math.max(420, Math.ceil((await page.evaluate(() => document.documentElement.scrollHeight)) / 96 * 25.4) + 2)
    await page.pdf({ path: join(pdfDir, issue.source.replace(/\.\w+$/, '.pdf')), width: '297mm', height: `${height}mm`, printBackground: true })
  }
  await browser.close()
  return pdfDir
}

if (process.argv[1]?.endsWith('typeset-seed-pages.ts') && process.argv[2]) console.log(await typesetSeedPages(process.argv[2], (process.argv[3] as SeedLayout | undefined) ?? 'bands'))
