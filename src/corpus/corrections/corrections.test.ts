// A historian's corrections over the seed pages: each applied with what the corpus had, each that matches nothing
// recorded as such, and a bad entry reported against its line while the others apply.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createReporter } from '../lib/diagnostics'
import { buildInMemory } from '../io/build-in-memory'
import { parseCorrections } from './parse-corrections'

const dir = join(import.meta.dirname, '../../../data/issues')
const pages = readdirSync(dir).sort().map((f) => ({ path: f, bytes: readFileSync(join(dir, f)) }))

const FILE = `# corrections of the seed pages
- merge: [曾上俊-温州市, 陈栋-温州市]
  note: 同一人（示例）
- split: 姚高员-温州市
  from: 2020-01-01
- split: 徐光文-丽水市
  places: [丽水市]
  id: 徐光文-市委
- person: 张峻榕-温州市
  title: 副县长
  set: { title: 常务副县长 }
- person: 朱邦丰-温州市
  title: 副县长
  remove: true
- page: 000_42da41f81e77db42.txt
  date: 2019-12-20
  note: 据县志
- page: 003_c419a3a3a1dc4505.txt
  place: 莲都区
- merge: [无此人-温州市, 董智武-温州市]
- page: no-such-page.txt
  date: 2020
- frobnicate: yes
- split: 董智武-温州市
- page: 002_44dc3695a8be58eb.txt
  join: 99999
`

async function build(text: string) {
  const report = createReporter('corrections.yaml')
  const corrections = parseCorrections(text, report)
  return { ...(await buildInMemory(pages, { corrections })), report }
}

const corrected = await build(FILE)
const plainCorpus = (await buildInMemory(pages)).corpus

describe('corrections', () => {
  const { corpus, report } = corrected
  const person = (id: string) => corpus.people.find((p) => p.id === id)

  it('merges two people into the first, roles and articles together, and records what each was', () => {
    expect(person('陈栋-温州市')).toBeUndefined()
    const merged = person('曾上俊-温州市')!
    expect(merged.roles.map((r) => r.title)).toEqual(expect.arrayContaining(['县政协主席', '县人大常委会主任']))
    expect(merged.corrections).toEqual([expect.objectContaining({ kind: 'merge', line: 2, original: '曾上俊-温州市 + 陈栋-温州市', corrected: '曾上俊-温州市', note: '同一人（示例）' })])
    const office = corpus.offices.find((o) => o.id === '平阳县-县政协主席')!
    expect(office.holders.map((h) => h.personId)).not.toContain('陈栋-温州市')
  })

  it('splits a name by place, and one with nothing to split is recorded as matching nothing', () => {
    const city = person('徐光文-市委')!
    expect(city.roles.map((r) => r.place)).toEqual(['丽水市'])
    expect(person('徐光文-丽水市')!.roles.map((r) => r.place)).toEqual(['莲都区'])
    expect(person('徐光文-丽水市')!.corrections?.[0]).toMatchObject({ kind: 'split', line: 6 })
    expect(corpus.corrections.find((c) => c.line === 4)).toMatchObject({ status: 'unmatched' })
  })

  it('fixes a title and drops one, each with the original', () => {
    expect(person('张峻榕-温州市')!.roles.map((r) => r.title)).toEqual(['常务副县长'])
    expect(person('张峻榕-温州市')!.corrections?.[0]).toMatchObject({ kind: 'title', original: '平阳县 副县长', corrected: '平阳县 常务副县长' })
    expect(person('朱邦丰-温州市')!.roles).toEqual([])
  })

  it('fixes a page\'s date and place, with the entry as the evidence', () => {
    const page = corpus.issues.find((i) => i.source === '000_42da41f81e77db42.txt')!
    expect(page.date).toEqual({ value: '2019-12-20', earliest: '2019-12-20', latest: '2019-12-20', basis: 'metadata', evidence: ['corrections.yaml:15'] })
    expect(page.corrections?.[0]).toMatchObject({ original: '2019-01-01..2019-12-31', corrected: '2019-12-20' })
    // the page's people are seen on the corrected day
    expect(person('董智武-温州市')!.roles[0]!.firstDate).toBe('2019-12-20')
    expect(corpus.issues.find((i) => i.source === '003_c419a3a3a1dc4505.txt')!.corrections).toHaveLength(1)
  })

  it('records every entry, applied or matching nothing, and reports the bad ones by line', () => {
    expect(corpus.corrections.filter((c) => c.status === 'unmatched').map((c) => c.line).sort((a, b) => a - b)).toEqual([4, 20, 21, 25])
    expect(corpus.corrections.filter((c) => c.status === 'applied').map((c) => c.line).sort((a, b) => a - b)).toEqual([2, 6, 9, 12, 15, 18])
    expect(report.diagnostics.map((d) => [d.line, d.ruleId])).toEqual([[23, 'corrections/invalid'], [24, 'corrections/invalid']])
  })

  it('leaves the corpus as it was without corrections, and reports a file that is not YAML', () => {
    const plain = plainCorpus
    expect(plain.corrections).toEqual([])
    expect(plain.people.every((p) => !p.corrections)).toBe(true)
    const bad = createReporter('corrections.yaml')
    expect(parseCorrections('- merge: [a, b\n', bad)).toEqual([])
    expect(bad.diagnostics[0]).toMatchObject({ ruleId: 'corrections/yaml', fatal: true })
  })
})

const plain = plainCorpus
const figure = plain.figures[0]!
const notice = plain.appointments.find((a) => a.name === '张峻榕')!
const meeting = plain.meetings.find((m) => m.name === '县十七届人大常委会第二十二次会议')!
const { corpus: correctedRecords } = await buildInMemory(pages, { corrections: [
  { kind: 'meeting', id: meeting.id, name: null, title: null, set: { date: '2025-01-08' }, file: 'corrections.yaml', line: 1, note: null },
  { kind: 'figure', id: figure.id, name: null, title: null, set: { value: 1, unit: '个' }, file: 'corrections.yaml', line: 3, note: '原文有误' },
  { kind: 'appointment', id: notice.articleId, name: '张峻榕', title: '副县长', set: { title: '常务副县长' }, file: 'corrections.yaml', line: 5, note: null },
  { kind: 'figure', id: plain.figures[1]!.id, name: null, title: null, set: null, file: 'corrections.yaml', line: 8, note: null },
  { kind: 'meeting', id: 'no-such-meeting', name: null, title: null, set: { name: 'x' }, file: 'corrections.yaml', line: 10, note: null },
] })

describe('corrections of meetings, figures and appointments', () => {
  const corpus = correctedRecords

  it('sets the fields asked for, each record keeping what it was', () => {
    const m = corpus.meetings.find((x) => x.id === meeting.id)!
    expect(m.date).toMatchObject({ value: '2025-01-08', basis: 'explicit' })
    expect(m.corrections).toEqual([expect.objectContaining({ kind: 'meeting', original: `date: ${meeting.date.value}`, corrected: 'date: 2025-01-08' })])
    expect(corpus.figures.find((f) => f.id === figure.id)).toMatchObject({ value: 1, unit: '个', raw: figure.raw, corrections: [expect.objectContaining({ note: '原文有误' })] })
    expect(corpus.appointments.find((a) => a.name === '张峻榕')).toMatchObject({ title: '常务副县长', date: notice.date })
  })

  it('drops a record asked to be removed, and records one that matches nothing', () => {
    expect(corpus.figures).toHaveLength(plain.figures.length - 1)
    expect(corpus.figures.some((f) => f.id === plain.figures[1]!.id)).toBe(false)
    expect(corpus.corrections.map((c) => [c.line, c.status])).toEqual([[1, 'applied'], [3, 'applied'], [5, 'applied'], [8, 'applied'], [10, 'unmatched']])
  })
})

const misread = { path: 'scan/p1.png.txt', bytes: new TextEncoder().encode('# 全县召开温州播台推进会\n\n本报讯 1月9日，全县召开温州播台推进会。县委书记董智武主持会议。\n') }
const textReport = createReporter('corrections.yaml')
const textFixes = parseCorrections('- page: scan/p1.png.txt\n  replace: 播台\n  with: 擂台\n  note: OCR 误识\n- page: scan/p1.png.txt\n  replace: 无此字\n  with: 有\n- page: scan/p1.png.txt\n  replace: 播台\n', textReport)
const { corpus: retexted } = await buildInMemory([misread], { corrections: textFixes })

describe('corrections of a page text as read (a word OCR misread)', () => {
  const [corpus, report] = [retexted, textReport]

  it('replaces every occurrence before the page is read, keeping what it had, and records one that matches nothing', () => {
    const article = corpus.articles[0]!
    expect([article.headline, article.paragraphs[0]]).toEqual(['全县召开温州擂台推进会', '1月9日，全县召开温州擂台推进会。县委书记董智武主持会议。'])
    expect(corpus.meetings[0]!.name).toBe('温州擂台推进会')
    expect(corpus.issues[0]!.corrections).toEqual([{ kind: 'text', line: 1, original: '播台 (×2, line 1, 3)', corrected: '擂台', note: 'OCR 误识' }])
    expect(corpus.corrections.map((c) => [c.line, c.kind, c.status])).toEqual([[1, 'text', 'applied'], [5, 'text', 'unmatched']])
    // an entry without with: is reported against its line, not applied
    expect(report.diagnostics.map((d) => [d.line, d.ruleId])).toEqual([[8, 'corrections/invalid']])
  })
})
