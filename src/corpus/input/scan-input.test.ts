// A scanned page as input, as a user meets it: the lead page of the PDF fixtures as a grey 150 dpi scan
// (scripts/typeset-test-pages.mjs), read by OCR with --ocr. Invented text. OCR takes some seconds of the CPU.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { build, folderOf } from '../reliability/run-builder.test-utils'

const scan = readFileSync(new URL('../__fixtures__/scan/songyang-2024-11-08-p1.jpg', import.meta.url))
/** The OCR packages are optional dependencies: `npm ci` installs them where it can. */
const ocrInstalled = existsSync(new URL('../../../node_modules/@gutenye/ocr-node/package.json', import.meta.url))

describe.runIf(!ocrInstalled)('a scanned page without the OCR packages', () => {
  it('is named with what to install, and the other pages are built', () => {
    const run = build(folderOf({ 'p1.jpg': scan, 'p2.txt': '县里召开会议\n\n本报讯 3月1日，县里召开会议。\n' }), undefined, {}, ['--ocr'])
    expect(run.diagnostics.find((d) => d.ruleId === 'ocr/unavailable')?.file).toBe('p1.jpg')
    expect(run.issues.map((i) => i.source)).toEqual(['p2.txt'])
  })
})

describe.runIf(ocrInstalled)('a scanned page read by OCR', () => {
  const run = build(folderOf({ 'scan/songyang-2024-11-08-p1.jpg': scan }), undefined, {}, ['--ocr'])
  const issue = run.issues[0]
  const articles = run.articles.filter((a) => a.issueId === issue?.id)

  it('is a page of the archive, dated and placed by its masthead', () => {
    expect(run.status, run.stderr).toBe(0)
    expect(issue).toMatchObject({ source: 'scan/songyang-2024-11-08-p1.jpg', place: '松阳县', date: { value: '2024-11-08' } })
  })

  it('reads each column on its own: its sentences whole, never run into the next column\'s lines', () => {
    expect(articles.map((a) => a.headline)).toEqual(['全县冬季农田水利建设现场推进会召开', '城北社区开展敬老志愿服务'])
    const lead = articles[0]!.paragraphs.join('\n')
    // each sentence here is printed over several lines of one column: read across a gutter, the lines of the
    // column beside it would stand between its pieces
    for (const sentence of ['全县冬季农田水利建设现场推进会在古市镇召开', '农田水利是农业生产的命脉', '整合各类涉农资金，引导社会资本参与农田水利建设']) expect(lead).toContain(sentence)
    expect(lead.indexOf('古市镇召开')).toBeLessThan(lead.indexOf('农业生产的命脉'))
    expect(articles[0]!.toPage).toBe(2)
    // the credits' names, parted by the gaps the recogniser reads no space into
    expect(articles.map((a) => [a.byline.reporters, a.byline.correspondents])).toEqual([[['叶清源'], ['周雅琴']], [[], ['杨小溪']]])
  })

  it('reads the columns of a worn copy apart too: grey grainy paper and soft type do not hide the gutters', async () => {
    const { default: sharp } = await import('sharp')
    // grey paper, a blur, and a grain of ±30 levels: a valley-less grey that an unsoftened threshold cuts in two
    const { data, info } = await sharp(scan).greyscale().linear(0.7, 50).blur(1.1).raw().toBuffer({ resolveWithObject: true })
    let seed = 7
    for (let i = 0; i < data.length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      data[i] = Math.max(0, Math.min(255, data[i]! + ((seed % 61) - 30)))
    }
    const worn = await sharp(data, { raw: { width: info.width, height: info.height, channels: 1 } }).jpeg().toBuffer()
    const read = build(folderOf({ 'scan/worn.jpg': worn }), undefined, {}, ['--ocr'])
    const lead = read.articles.find((a) => a.headline === '全县冬季农田水利建设现场推进会召开')!
    // the second column's paragraph stands on its own, not run line by line into the first column's
    expect(lead.paragraphs.findIndex((p) => p.includes('农田水利是农业生产'))).toBeGreaterThan(0)
    expect(lead.paragraphs[0]).not.toContain('农田水利是农业')
  })

  it('turns a page laid askew straight and evens out a fold\'s shadow before reading it', async () => {
    const { default: sharp } = await import('sharp')
    // laid 1.5° askew on the glass, a fold's shadow down the middle of the page
    const { data, info } = await sharp(scan).rotate(1.5, { background: '#ffffff' }).greyscale().raw().toBuffer({ resolveWithObject: true })
    for (let i = 0; i < data.length; i++) data[i] = Math.round(data[i]! * (1 - 0.4 * Math.exp(-((((i % info.width) / info.width - 0.5) / 0.05) ** 2))))
    const folded = await sharp(data, { raw: { width: info.width, height: info.height, channels: 1 } }).png().toBuffer()
    const read = build(folderOf({ 'scan/folded.png': folded }), undefined, {}, ['--ocr'])
    expect(read.articles.map((a) => a.headline)).toEqual(['全县冬季农田水利建设现场推进会召开', '城北社区开展敬老志愿服务'])
    const lead = read.articles[0]!.paragraphs.join('\n')
    for (const sentence of ['全县冬季农田水利建设现场推进会在古市镇召开', '农田水利是农业生产的命脉']) expect(lead).toContain(sentence)
  })

  it('keeps the scan as the printed page, each article\'s box on it', () => {
    expect(issue!.print).toMatchObject({ width: 1240, height: 1754 })
    const [lead, box] = articles.map((a) => a.source.box!) as [number, number, number, number][]
    expect(lead![0]! + lead![2]!).toBeGreaterThan(900)
    expect(box![0]).toBeGreaterThan(800)
  })

  it('is read once: a build again, or one resumed after it was stopped, finds it in the cache', () => {
    const cache = mkdtempSync(join(tmpdir(), 'xianbao-cache-'))
    const input = folderOf({ 'p1.jpg': scan })
    const stats = (n: number) => join(cache, `stats-${n}.json`)
    const first = build(input, undefined, {}, ['--ocr', '--cache', cache, '--stats', stats(1)])
    const again = build(input, undefined, {}, ['--ocr', '--cache', cache, '--stats', stats(2)])
    const read = (n: number) => (JSON.parse(readFileSync(stats(n), 'utf8')) as { printedRead: number }).printedRead
    expect([read(1), read(2)]).toEqual([1, 0])
    expect(again.articles).toEqual(first.articles)
  })

  it('inside a PDF without a text layer, is read the same way with --ocr, and named with how to read it without', () => {
    const pdf = readFileSync(new URL('../__fixtures__/scan/scan-in-pdf.pdf', import.meta.url))
    const read = build(folderOf({ 'pdf/scan-in-pdf.pdf': pdf }), undefined, {}, ['--ocr'])
    expect(read.issues.map((i) => [i.source, i.date.value])).toEqual([['pdf/scan-in-pdf.pdf', '2024-11-08']])
    expect(read.articles.map((a) => a.headline)).toEqual(['全县冬季农田水利建设现场推进会召开', '城北社区开展敬老志愿服务'])
    const unread = build(folderOf({ 'pdf/scan-in-pdf.pdf': pdf }))
    expect(unread.diagnostics.find((d) => d.ruleId === 'pdf/no-text-layer')?.message).toContain('--ocr')
  })

  it('without --ocr, names the image and says how to read it', () => {
    const off = build(folderOf({ 'scan/p1.jpg': scan, 'p2.txt': '县里召开会议\n\n本报讯 3月1日，县里召开会议。\n' }))
    expect(off.diagnostics.find((d) => d.ruleId === 'ocr/off')).toMatchObject({ file: 'scan/p1.jpg', message: expect.stringContaining('--ocr') })
    expect(off.issues.map((i) => i.source)).toEqual(['p2.txt'])
  })
})
