// The builder on bad and unusual input, each class made by the test: the exit code the README promises, a
// message naming the file (and line), the good pages still built, and no line of them lost or altered.
import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { build, folderOf, GOOD_PAGE, linesKept, type Run } from './run-builder.test-utils'

const utf8 = (s: string) => new TextEncoder().encode(s)

/** Builds the good page beside the bad files and checks what every case must hold. */
function withGoodPage(bad: Record<string, string | Uint8Array>, expected: { status: number; rule?: string; file?: string; line?: number }): Run {
  const input = folderOf({ 'good.txt': GOOD_PAGE, ...bad })
  const run = build(input)
  expect(run.status, run.stderr).toBe(expected.status)
  if (expected.rule) {
    const d = run.diagnostics.find((x) => x.ruleId === expected.rule)
    expect(d, `${expected.rule} in ${run.stderr}`).toBeDefined()
    if (expected.file) expect(d!.file).toBe(expected.file)
    if (expected.line) expect(d!.line).toBe(expected.line)
    expect(run.stderr).toContain(expected.rule)
  }
  expect(run.issues.map((i) => i.source)).toContain('good.txt')
  expect(linesKept(run, input, 'good.txt')).toEqual([])
  return run
}

describe('bad files: named with file and line, the other pages built', () => {
  it('1 an empty file', () => withGoodPage({ 'empty.txt': '' }, { status: 1, rule: 'input/empty', file: 'empty.txt' }))
  it('2 a file of blanks', () => withGoodPage({ 'blank.txt': ' \n\t\r\n' }, { status: 1, rule: 'input/empty', file: 'blank.txt' }))
  it('3 a binary file', () => withGoodPage({ 'image.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0a, 0x00, 0x01]) }, { status: 1, rule: 'input/binary', file: 'image.txt', line: 2 }))
  it('4 bytes of no encoding', () => withGoodPage({ 'noise.txt': new Uint8Array([0xff, 0xfe, 0xfd, 0x80, 0x81, 0xff, 0x0a, 0xfe, 0xff]) }, { status: 1, rule: 'input/encoding', file: 'noise.txt' }))
  it('5 one bad byte costs its line, not its page', () => {
    const page = new Uint8Array([...utf8('县委召开会议\n\n本报讯 3月2日，县委召开常委会会议，研究部署春耕工作。\n\n会议强调，要抓好落实。\n'), 0xe4, 0xb8, 0x0a, ...utf8('会议要求，各地要压实责任。\n')])
    const run = withGoodPage({ 'bad-byte.txt': page }, { status: 1, rule: 'input/bad-bytes', file: 'bad-byte.txt', line: 6 })
    expect(run.articles.some((a) => a.paragraphs.join('').includes('压实责任'))).toBe(true)
  })
  it('5b one NUL byte costs its line, not the page: a text is not binary for one control byte', () => {
    const page = new Uint8Array([...utf8('县委召开会议\n\n本报讯 3月2日，县委召开常委会会议，研究部署春耕工作。\n\n会议强调，要抓好落'), 0x00, ...utf8('实。\n\n会议要求，各地要压实责任。\n')])
    const run = withGoodPage({ 'nul.txt': page }, { status: 1, rule: 'input/bad-bytes', file: 'nul.txt', line: 5 })
    expect(run.issues.map((i) => i.source)).toContain('nul.txt')
    expect(run.articles.some((a) => a.paragraphs.join('').includes('压实责任'))).toBe(true)
  })
  it('5c a file far larger than any page is named and not read; the others build', () => {
    const line = `${'县委召开会议研究部署工作。'.repeat(40)}\n`
    withGoodPage({ 'dump.txt': line.repeat(Math.ceil((9 * 2 ** 20) / Buffer.byteLength(line))) }, { status: 1, rule: 'input/too-large', file: 'dump.txt' })
  })
  it('6 a symbolic link that leads nowhere, and one that loops', () => {
    const input = folderOf({ 'good.txt': GOOD_PAGE })
    symlinkSync('nowhere.txt', join(input, 'broken.txt'))
    symlinkSync('loop.txt', join(input, 'loop.txt'))
    const run = build(input)
    expect(run.status).toBe(1)
    expect(run.diagnostics.filter((d) => d.ruleId === 'io/broken-link').map((d) => d.file).sort()).toEqual(['broken.txt', 'loop.txt'])
    expect(run.issues.map((i) => i.source)).toEqual(['good.txt'])
  })
})

describe('encodings', () => {
  const page = '县委召开常委会会议\n\n本报讯 3月2日，县委召开常委会会议，研究部署春耕工作。\n'
  const built = (bytes: Uint8Array) => {
    const run = withGoodPage({ 'enc.txt': bytes }, { status: 0 })
    expect(run.articles.some((a) => a.headline === '县委召开常委会会议'), run.stderr).toBe(true)
  }
  it('7 UTF-8 with a BOM', () => built(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(page)])))
  it('8 UTF-16LE with a BOM', () => built(Buffer.from(`\ufeff${page}`, 'utf16le')))
  it('9 UTF-16BE with a BOM', () => built(Buffer.from(`\ufeff${page}`, 'utf16le').swap16()))
  it('10 UTF-16LE without a BOM', () => built(Buffer.from(page, 'utf16le')))
  it('11 GB18030 with CRLF line ends', () => built(iconv.encode(page.replace(/\n/g, '\r\n'), 'gb18030')))
  it('12 a short GBK page of one line', () => {
    const run = withGoodPage({ 'short.txt': iconv.encode('县委召开常委会会议研究春耕。', 'gbk') }, { status: 0 })
    expect(run.articles.some((a) => a.paragraphs.join('').includes('县委召开常委会会议研究春耕'))).toBe(true)
  })
  it('13 CR-only line ends', () => built(utf8(page.replace(/\n/g, '\r'))))
})

describe('front matter', () => {
  it('14 never closed', () => withGoodPage({ 'fm.txt': '---\ndate: 2021-03-02\n县委召开会议。' }, { status: 0, rule: 'front-matter/unclosed', file: 'fm.txt', line: 1 }))
  it('15 broken YAML', () => withGoodPage({ 'fm.txt': '---\ndate: [2021\n---\n县委召开常委会会议，研究部署春耕工作。' }, { status: 0, rule: 'front-matter/yaml', file: 'fm.txt' }))
  it('16 a day the calendar has not', () => {
    const run = withGoodPage({ 'fm.txt': '---\ndate: 2025-02-30\n---\n县委召开常委会会议，研究部署春耕工作。' }, { status: 0, rule: 'front-matter/field', file: 'fm.txt', line: 2 })
    expect(run.issues.find((i) => i.source === 'fm.txt')!.date.value).not.toBe('2025-03-02')
  })
  it('17 a page that is not a number', () => {
    const run = withGoodPage({ 'fm.txt': '---\npage: true\n---\n县委召开常委会会议，研究部署春耕工作。' }, { status: 0, rule: 'front-matter/field', file: 'fm.txt', line: 2 })
    expect(run.issues.find((i) => i.source === 'fm.txt')!.page).toBeNull()
  })
  it('18 front matter that contradicts the date the page prints', () =>
    withGoodPage({ 'fm.txt': '---\ndate: 2021-03-05\n---\n2021年03月02日 星期二\n县委召开会议\n本报讯 3月1日，县委召开常委会会议，研究部署春耕工作。' }, { status: 0, rule: 'front-matter/contradicts-page', file: 'fm.txt' }))
})

describe('names and duplicates', () => {
  it('19 p.txt, p.md and p-2.txt: three pages, three ids', () => {
    const run = withGoodPage({ 'p.txt': GOOD_PAGE.replace('方林', '钱明'), 'p.md': GOOD_PAGE.replace('方林', '孙红'), 'p-2.txt': GOOD_PAGE.replace('方林', '李华') }, { status: 0 })
    expect(new Set(run.issues.map((i) => i.id)).size).toBe(4)
  })
  it('20 a b.txt and a_b.txt', () => {
    const run = withGoodPage({ 'a b.txt': GOOD_PAGE.replace('方林', '钱明'), 'a_b.txt': GOOD_PAGE.replace('方林', '孙红') }, { status: 0 })
    expect(new Set(run.issues.map((i) => i.id)).size).toBe(3)
  })
  it('21 the same page twice', () => withGoodPage({ 'z-copy.txt': GOOD_PAGE }, { status: 0, rule: 'input/duplicate-page', file: 'z-copy.txt' }))
  it('22 two files claiming one paper, date and page', () => {
    const page = (who: string) => `---\npaper: 云和报\ndate: 2021-03-02\npage: 1\n---\n县委召开会议\n本报讯（记者 ${who}）3月1日，县委召开常委会会议。`
    withGoodPage({ 'a.txt': page('钱明'), 'b.txt': page('孙红') }, { status: 0, rule: 'input/same-page', file: 'b.txt' })
    // two articles of one e-paper page stored as two files, as mirrors keep them, are no duplicate
    const other = page('孙红').replace('县委召开常委会会议', '县政府召开常务会议，研究部署防汛工作')
    const run = withGoodPage({ 'a.txt': page('钱明'), 'c.txt': other }, { status: 0 })
    expect(run.diagnostics.filter((d) => d.ruleId === 'input/same-page')).toEqual([])
  })
  it('23 a page reached through a symbolic link is read', () => {
    const input = folderOf({ 'good.txt': GOOD_PAGE, 'elsewhere/real.txt': GOOD_PAGE.replace('方林', '钱明') })
    symlinkSync(join(input, 'elsewhere/real.txt'), join(input, 'linked.txt'))
    const run = build(input)
    expect(run.status, run.stderr).toBe(0)
    expect(run.issues.map((i) => i.source).sort()).toEqual(['elsewhere/real.txt', 'good.txt', 'linked.txt'])
  })
})

describe('output folders: never destroy', () => {
  const pagesOf = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
  it('24 the output folder is the input folder', () => {
    const input = folderOf({ 'good.txt': GOOD_PAGE, 'articles/0000.txt': GOOD_PAGE })
    const run = build(input, input)
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/inside the input folder/)
    expect(existsSync(join(input, 'articles/0000.txt'))).toBe(true)
  })
  it('25 the output folder lies inside the input folder', () => {
    const input = folderOf({ 'good.txt': GOOD_PAGE })
    expect(build(input, join(input, 'out')).status).toBe(2)
    expect(pagesOf(input)).toEqual(['good.txt'])
  })
  it('26 the output folder holds the input folder', () => {
    const outer = folderOf({ 'pages/good.txt': GOOD_PAGE })
    const run = build(join(outer, 'pages'), outer)
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/holds the input folder/)
    expect(pagesOf(join(outer, 'pages'))).toEqual(['good.txt'])
  })
  it('27 an output folder that cannot be made names the path, and the previous corpus stays whole', () => {
    const input = folderOf({ 'good.txt': GOOD_PAGE })
    const base = mkdtempSync(join(tmpdir(), 'xianbao-file-'))
    writeFileSync(join(base, 'file'), 'not a folder')
    const run = build(input, join(base, 'file', 'out'))
    expect(run.status).toBe(2)
    expect(run.stderr).toContain(join(base, 'file'))
    // a corpus built before is not touched by a failed build into it
    const out = mkdtempSync(join(tmpdir(), 'xianbao-prev-'))
    expect(build(input, out).status).toBe(0)
    const before = readFileSync(join(out, 'manifest.json'), 'utf8')
    writeFileSync(join(input, 'binary.txt'), new Uint8Array([0x00, 0x01]))
    expect(build(input, out).status).toBe(1)
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).counts.issues).toBe(JSON.parse(before).counts.issues)
    // (this corpus's own building folder: other builds may be running beside it in the same temporary folder)
    expect(readdirSync(join(out, '..')).filter((f) => f.startsWith(`.${basename(out)}.building-`))).toEqual([])
  })
})

describe('what was printed is never altered without a record', () => {
  it('28 lines printed doubled on purpose are left as printed', () => {
    const run = withGoodPage({ 'ha.txt': '县委召开会议\n\n本报讯 3月2日，县委召开常委会会议，研究部署春耕工作。\n哈哈哈哈哈哈\n★★★★★★\n66668888\n112233' }, { status: 0 })
    const text = run.articles.flatMap((a) => [a.headline, ...a.paragraphs]).join('\n') + run.issues.flatMap((i) => i.blocks.flatMap((b) => b.text)).join('\n')
    for (const line of ['哈哈哈哈哈哈', '★★★★★★', '66668888', '112233']) expect(text).toContain(line)
  })
  it('29 a stray character before a jump marker is reported and makes no headline', () => {
    const run = withGoodPage({ 'teaser.txt': '县城新区建设全面提速\nO>>>3版\n' }, { status: 0, rule: 'segment/stray-before-marker', file: 'teaser.txt', line: 2 })
    expect(run.articles.filter((a) => a.kind === 'teaser').map((a) => a.headline)).toEqual(['县城新区建设全面提速'])
  })
  it('30 a page of furniture only keeps its lines as blocks', () => {
    const run = withGoodPage({ 'nav.txt': '上一版 下一版 版面导航\n第03版：要闻\n返回目录' }, { status: 0 })
    const nav = run.issues.find((i) => i.source === 'nav.txt')!
    expect(nav.blocks.flatMap((b) => b.text)).toEqual(['上一版 下一版 版面导航', '第03版：要闻', '返回目录'])
    expect(nav.page).toBe(3)
  })
})

describe('size and machine', () => {
  it('31 a page with 140,000 year mentions and one line of 200,000 characters', () => {
    const years = `${'2019年、'.repeat(140_000)}会议召开。`
    withGoodPage({ 'years.txt': `县委召开会议\n\n${years}\n\n${'县'.repeat(200_000)}` }, { status: 0 })
  }, 120_000)
  it('32 the output does not depend on LANG', () => {
    const input = folderOf({ 'good.txt': GOOD_PAGE, 'b.txt': GOOD_PAGE.replace('方林', '钱明').replace('吴建国', '王建国') })
    const c = build(input, undefined, { LANG: 'C', LC_ALL: 'C' })
    const zh = build(input, undefined, { LANG: 'zh_CN.UTF-8', LC_ALL: 'zh_CN.UTF-8' })
    for (const f of ['people.json', 'offices.json', 'manifest.json']) expect(readFileSync(join(c.out, f), 'utf8'), f).toBe(readFileSync(join(zh.out, f), 'utf8'))
  })
  it('33 facts do not depend on the order or names of the files', () => {
    const notice = (d: string, what: string) => `---\ndate: ${d}\n---\n关于人事任免的决定\n\n会议决定${what}。\n\n某县人民代表大会常务委员会`
    const pages = { [`x.txt`]: notice('2021-03-02', '任命钱明为县教育局局长'), [`y.txt`]: notice('2022-05-06', '免去钱明的县教育局局长职务') }
    const a = build(folderOf(pages))
    const b = build(folderOf({ 'z1.txt': pages['y.txt']!, 'a1.txt': pages['x.txt']! }))
    const role = (r: Run) => JSON.parse(readFileSync(join(r.out, 'people.json'), 'utf8')).find((p: { name: string }) => p.name === '钱明').roles
    expect(role(a).map((r: { firstDate: string; lastDate: string }) => [r.firstDate, r.lastDate])).toEqual([['2021-03-02', '2022-05-06']])
    expect(role(b).map((r: { firstDate: string; lastDate: string }) => [r.firstDate, r.lastDate])).toEqual(role(a).map((r: { firstDate: string; lastDate: string }) => [r.firstDate, r.lastDate]))
  })
})
