// A paper's own page PDFs as input, as a user meets them: a folder of PDFs built by the CLI. The pages are typeset
// from invented text by scripts/typeset-test-pages.mjs (their boxes written in shuffled order); a scanned page has no
// text layer; a damaged PDF is cut short.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { build, folderOf } from '../reliability/run-builder.test-utils'
import { viewFile } from '../../shared/views'

const fixture = (name: string) => readFileSync(new URL(`../__fixtures__/pdf/${name}`, import.meta.url))
const page = fixture('songyang-2024-11-08-p1.pdf')

describe('a printed page\'s PDF', () => {
  // a PDF larger than any page text (its fonts and pictures) is read all the same: here one padded past 8 MB
  const large = Buffer.concat([page, Buffer.from(`\n%${'x'.repeat(9 * 2 ** 20)}\n`)])
  const files = { 'pdf/songyang-2024-11-08-p1.pdf': large, 'pdf/scanned-page.pdf': fixture('scanned-page.pdf'), 'pdf/damaged.pdf': page.subarray(0, 4000) }
  // (three PDFs: read in the worker pool)
  const run = build(folderOf(files), undefined, { XIANBAO_WORKERS: '2' })
  const issue = run.issues.find((i) => i.source === 'pdf/songyang-2024-11-08-p1.pdf')
  const articles = run.articles.filter((a) => a.issueId === issue?.id)

  it('is a page of the archive, dated and placed by its masthead', () => {
    expect(issue).toMatchObject({ place: '松阳县', placeBasis: 'masthead', date: { value: '2024-11-08', basis: 'masthead' }, masthead: { publisher: '中共松阳县委机关报', issueNumber: 5127, pages: 8 } })
  })

  it('gives its articles in reading order with headline, byline and whole paragraphs, whatever order the file holds them in', () => {
    expect(articles.map((a) => [a.headline, a.byline.reporters, a.byline.correspondents])).toEqual([
      ['全县冬季农田水利建设现场推进会召开', ['叶清源'], ['周雅琴']],
      ['城北社区开展敬老志愿服务', [], ['杨小溪']],
    ])
    const lead = articles[0]!
    expect(lead.paragraphs).toHaveLength(6)
    expect(lead.paragraphs[0]).toMatch(/^11月7日上午，全县冬季农田水利建设现场推进会在古市镇召开。/)
    // a paragraph carried from the foot of one column to the head of the next is one paragraph
    expect(lead.paragraphs.some((p) => p.includes('集中力量推进重点工程，确保按期完成年度建设任务。'))).toBe(true)
    expect(lead.toPage).toBe(2)
  })

  it('keeps the printed page as an image and each article\'s box on it: the lead over three columns, the box in the last', () => {
    expect(issue!.print).toMatchObject({ image: expect.stringMatching(/^print\/[0-9a-f]{20}\.webp$/), width: 596, height: 842 })
    expect(existsSync(join(run.out, issue!.print!.image))).toBe(true)
    // and in the list of what saving the whole archive fetches
    const manifest = JSON.parse(readFileSync(join(run.out, 'manifest.json'), 'utf8')) as { views: string }
    const part = JSON.parse(readFileSync(join(run.out, manifest.views, viewFile.offlinePart(0).path), 'utf8')) as { print: [string, number][] }
    expect(part.print.map(([name]) => `print/${name}`)).toContain(issue!.print!.image)
    const [lead, box] = articles.map((a) => a.source.box!) as [[number, number, number, number], [number, number, number, number]]
    expect(lead[0]).toBeLessThan(60)
    expect(lead[0] + lead[2]).toBeGreaterThan(500)
    expect(box[0]).toBeGreaterThan(380)
    expect(box[1]).toBeGreaterThan(lead[1] + lead[3])
  })

  it('reads its people and their titles like a page text', () => {
    const text = articles[0]!.paragraphs.join('')
    expect(text).toContain('县委副书记、县长吴启明')
    expect(text).not.toMatch(/[\u2E80-\u2FDF]/)
  })

  it('reads PDFs in worker threads as on the main thread: the same articles, the same problems', () => {
    const alone = build(folderOf(files), undefined, { XIANBAO_WORKERS: '0' })
    expect(alone.articles).toEqual(run.articles)
    expect(alone.diagnostics.map((d) => [d.file, d.ruleId])).toEqual(run.diagnostics.map((d) => [d.file, d.ruleId]))
  })

  it('reports a page without a text layer and a damaged file by name, and builds the rest', () => {
    expect(run.status).toBe(1)
    expect(run.diagnostics.filter((d) => d.ruleId === 'pdf/no-text-layer').map((d) => d.file)).toContain('pdf/scanned-page.pdf#page=1')
    expect(run.diagnostics.find((d) => d.ruleId === 'pdf/unreadable')?.file).toBe('pdf/damaged.pdf')
    // two pages of the scan and the damaged file are not built; the typeset page is
    expect(run.stderr).toMatch(/1\/3 pages built, 3 failed/)
  })
})
