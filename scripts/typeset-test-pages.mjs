// Typesets invented county-paper pages (names and sentences of our own) into printed-page layouts and prints them
// to PDF with Chromium, as a paper's e-paper PDFs are made: a masthead band, a lead article whose headline spans
// three columns, a boxed article of one column, a 下转 teaser. The boxes are written to the DOM in shuffled order,
// so that the PDF's text comes in an order that is not the reading order (as typesetting systems emit frames).
// Also a page with no text layer (a picture of text, as a scan). Writes src/corpus/__fixtures__/pdf/, and the lead
// page as a scan of it (a grey JPEG at 150 dpi) to src/corpus/__fixtures__/scan/.
//   node scripts/typeset-test-pages.mjs
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { chromium } from '@playwright/test'

const out = new URL('../src/corpus/__fixtures__/pdf/', import.meta.url).pathname
mkdirSync(out, { recursive: true })

const box = (left, top, width, html, style = '') => `<div class="box" style="left:${left}mm;top:${top}mm;width:${width}mm;${style}">${html}</div>`
const p = (text, indent = true) => `<p${indent ? '' : ' class="flush"'}>${text}</p>`

const front = [
  box(15, 12, 80, '松阳报', 'font-size:44pt;font-weight:bold;letter-spacing:4pt'),
  box(120, 14, 75, p('中共松阳县委机关报', false) + p('2024年11月8日 星期五', false) + p('总第5127期 今日8版', false), 'font-size:9pt'),
  box(15, 42, 180, '全县冬季农田水利建设现场推进会召开', 'font-size:22pt;font-weight:bold;text-align:center'),
  box(15, 56, 56,
    p('本报讯（记者 叶清源 通讯员 周雅琴）11月7日上午，全县冬季农田水利建设现场推进会在古市镇召开。县委副书记、县长吴启明出席会议并讲话，副县长郑方平主持会议。') +
    p('与会人员实地察看了古市镇山塘整治和灌区渠系改造项目，听取了水利、农业农村等部门的工作汇报。会议通报了今年以来全县农田水利建设的进展情况，全县已完成山塘整治二十六座，新建和改造灌溉渠道四十三公里，受益农田一万二千余亩。')),
  box(77, 56, 56,
    p('吴启明指出，农田水利是农业生产的命脉，各乡镇各部门要把冬季农田水利建设作为当前的重要工作，抓住有利时机，集中力量推进重点工程，确保按期完成年度建设任务。') +
    p('吴启明强调，要突出重点抓好小型水库除险加固、山塘整治和高标准农田建设，坚持质量第一，严格落实项目法人责任制和工程监理制，把每一项工程都建成群众满意的放心工程。')),
  box(139, 56, 56,
    p('要加强资金保障和要素统筹，整合各类涉农资金，引导社会资本参与农田水利建设。要压实工作责任，县领导分片联系，部门协同配合，形成推进合力。') +
    p('郑方平要求，各乡镇要对照会议部署，细化工作方案，倒排时间节点，加快工程进度，确保冬季农田水利建设取得实效。（下转第二版）')),
  box(139, 150, 56, '城北社区开展敬老志愿服务', 'font-size:12.5pt;font-weight:bold;text-align:center'),
  box(139, 160, 56,
    p('本报讯（通讯员 杨小溪）11月6日，西屏街道城北社区组织志愿者走进辖区独居老人家中，开展敬老志愿服务活动。志愿者们为老人打扫卫生、测量血压，陪老人聊天谈心。') +
    p('据了解，今年以来该社区已开展各类志愿服务活动三十余场，服务群众一千二百余人次。'), 'border:0.6pt solid #333;padding:2mm'),
]

// the DOM order is not the reading order
const shuffled = [front[5], front[3], front[7], front[2], front[0], front[6], front[4], front[1]]

const html = (boxes) => `<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: 210mm 297mm; margin: 0 }
body { margin: 0; font-family: 'Noto Serif CJK SC', serif }
.box { position: absolute; font-size: 10pt; line-height: 1.55; text-align: justify; box-sizing: border-box }
p { margin: 0; text-indent: 2em }
p.flush { text-indent: 0 }
</style></head><body>${boxes.join('\n')}</body></html>`

const scan = `<!doctype html><html><head><style>@page { size: 210mm 297mm; margin: 0 } body { margin: 0 }</style></head><body>
<svg width="210mm" height="297mm" viewBox="0 0 210 297"><rect x="15" y="15" width="180" height="20" fill="#222"/>${Array.from({ length: 30 }, (_, i) => `<rect x="15" y="${45 + i * 8}" width="${150 + (i % 3) * 10}" height="3" fill="#555"/>`).join('')}</svg></body></html>`

const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] })
const page = await browser.newPage()
for (const [name, content] of [['songyang-2024-11-08-p1.pdf', html(shuffled)], ['scanned-page.pdf', scan]]) {
  await page.setContent(content, { waitUntil: 'load' })
  await page.pdf({ path: `${out}${name}`, width: '210mm', height: '297mm', printBackground: true })
  console.log(`[typeset] ${out}${name}`)
}
// the same page as a scan of it at 150 dpi (A4: 1240 × 1754 pixels), grey, for OCR: src/corpus/__fixtures__/scan/
const scans = new URL('../src/corpus/__fixtures__/scan/', import.meta.url).pathname
mkdirSync(scans, { recursive: true })
const camera = await browser.newPage({ viewport: { width: 794, height: 1123 }, deviceScaleFactor: 1240 / 794 })
await camera.setContent(html(shuffled).replace('body { margin: 0;', 'body { margin: 0; background: #f4f1ea;'), { waitUntil: 'load' })
await camera.screenshot({ path: `${scans}songyang-2024-11-08-p1.jpg`, type: 'jpeg', quality: 70 })
console.log(`[typeset] ${scans}songyang-2024-11-08-p1.jpg`)
// and that scan inside a PDF, as a library's scanned volume is: a page with a picture and no text layer
const jpeg = readFileSync(`${scans}songyang-2024-11-08-p1.jpg`).toString('base64')
await page.setContent(`<!doctype html><html><head><style>@page { size: 210mm 297mm; margin: 0 } body { margin: 0 } img { width: 210mm; height: 297mm; display: block }</style></head><body><img src="data:image/jpeg;base64,${jpeg}"></body></html>`, { waitUntil: 'load' })
await page.pdf({ path: `${scans}scan-in-pdf.pdf`, width: '210mm', height: '297mm', printBackground: true })
console.log(`[typeset] ${scans}scan-in-pdf.pdf`)
await browser.close()
