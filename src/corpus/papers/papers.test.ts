// One paper, one county, as a user meets it: a folder of pages built by the CLI, with a papers.yaml, without one
// but with pages that agree, and with nothing to go on. The pages are invented.
import { describe, expect, it } from 'vitest'
import { build, folderOf } from '../reliability/run-builder.test-utils'
import { parsePapers } from './papers-file'
import { dateByPattern } from './path-dates'
import { createReporter } from '../lib/diagnostics'

/** A page that names no county: only 我县 and a township many counties have. */
const weakPage = (day: number) => `县政府召开常务会议\n\n\u3000\u3000${day}日上午，县长李明山主持召开县政府常务会议，研究城关镇老旧小区改造工作。会议要求，全县各部门要抓好落实。\n`
const strongPage = (day: number) => `浮山县召开安全生产工作会议\n\n\u3000\u3000${day}日上午，浮山县召开安全生产工作会议。浮山县县长李明山出席并讲话，浮山县各乡镇负责人参加。\n`

describe('papers.yaml: a paper names its county', () => {
  const input = folderOf({
    'papers.yaml': 'papers:\n  - name: 今日浮山\n    county: 浮山县\n    folder: fushan\n    dates: "{yyyy}-{mm}/{dd}/"\n',
    'fushan/2023-02/28/node_1.txt': weakPage(27),
    'fushan/2023-03/01/node_2.txt': weakPage(28),
  })
  const run = build(input)

  it('places every page under it with basis paper, the code kept, and dates them by its paths', () => {
    expect(run.status, run.stderr).toBe(0)
    expect(run.issues.map((i) => [i.place, i.placeBasis, i.placeCode, i.paper, i.date.value])).toEqual([
      ['浮山县', 'paper', '141027', '今日浮山', '2023-02-28'],
      ['浮山县', 'paper', '141027', '今日浮山', '2023-03-01'],
    ])
  })

  it('prints one line per paper', () => {
    expect(run.stderr).toMatch(/\[paper\] 今日浮山 \(fushan\): 2 pages · 浮山县 · 2023/)
  })

  it('records where its place came from: the line of papers.yaml', () => {
    const report = run.issues[0]!
    expect(report.placeEvidence.join(' ')).toMatch(/papers\.yaml:2/)
  })
})

describe('papers.yaml: two papers of one folder, told apart by their files', () => {
  const input = folderOf({
    'papers.yaml': 'papers:\n  - name: 浮山报\n    county: 浮山县\n    pages: ["fs-*.txt"]\n  - name: 沁县报\n    county: 沁县\n    pages: [q1.txt]\n',
    'fs-1.txt': weakPage(3),
    'q1.txt': weakPage(4),
    'other.txt': weakPage(5),
  })
  const run = build(input)

  it('gives each listed file its paper and county, and a file none lists none', () => {
    expect(run.status, run.stderr).toBe(0)
    const byFile = Object.fromEntries(run.issues.map((i) => [i.source, [i.paper, i.place, i.placeBasis]]))
    expect(byFile).toEqual({ 'fs-1.txt': ['浮山报', '浮山县', 'paper'], 'q1.txt': ['沁县报', '沁县', 'paper'], 'other.txt': [null, null, 'unknown'] })
  })

  it('refuses an empty list of files, naming the line', () => {
    const report = createReporter('papers.yaml')
    expect(parsePapers('papers:\n  - name: 鼓楼报\n    county: 平阳县\n    pages: []\n', '', report)).toEqual([])
    expect(report.diagnostics[0]).toMatchObject({ line: 2, ruleId: 'papers/pages', fatal: true })
  })
})

describe('papers.yaml that names no real county', () => {
  it('stops the build, naming the line, and builds nothing from a guess', () => {
    const input = folderOf({ 'papers.yaml': 'papers:\n  - name: 今日某地\n    county: 某某县\n', 'a.txt': weakPage(3) })
    const run = build(input)
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/papers\.yaml:2.*某某县/)
    expect(run.issues).toEqual([])
  })

  it('asks for the code of a name several counties have had', () => {
    const report = createReporter('papers.yaml')
    expect(parsePapers('papers:\n  - name: 鼓楼报\n    county: 鼓楼区\n', '', report)).toEqual([])
    expect(report.diagnostics[0]).toMatchObject({ line: 2, ruleId: 'papers/unknown-county', fatal: true })
    expect(report.diagnostics[0]!.message).toMatch(/give its code/)
  })
})

describe('no papers.yaml: the pages of one paper agree on a county', () => {
  it('lets the pages that name it decide a page that names none', () => {
    const input = folderOf({
      'paper.fushan.example.cn/a/1.txt': strongPage(3),
      'paper.fushan.example.cn/b/2.txt': strongPage(4),
      'paper.fushan.example.cn/c/3.txt': weakPage(5),
    })
    const run = build(input)
    expect(run.status, run.stderr).toBe(0)
    const weak = run.issues.find((i) => i.source.endsWith('3.txt'))!
    expect([weak.place, weak.placeBasis]).toEqual(['浮山县', 'paper'])
    expect(weak.placeEvidence[0]).toMatch(/2 of 3 pages serve 浮山县/)
    expect(run.stderr).toMatch(/\[paper\] paper\.fushan\.example\.cn: 3 pages · 浮山县/)
  })

  it('leaves a page unplaced when nothing tells its paper', () => {
    const run = build(folderOf({ 'a.txt': strongPage(3), 'b.txt': weakPage(4) }))
    expect(run.issues.find((i) => i.source === 'b.txt')!.place).toBeNull()
  })
})

describe('a path pattern of papers.yaml', () => {
  it('reads the day where the paper puts it, and nothing else', () => {
    expect(dateByPattern('html/{yyyy}{mm}/t{yyyy}{mm}{dd}_*.shtml', 'site/html/202106/t20210615_123.shtml')?.value).toBe('2021-06-15')
    expect(dateByPattern('{yyyy}-{m}-{d}/', 'paper/Html/2014-8-1/1085.txt')?.value).toBe('2014-08-01')
    expect(dateByPattern('{yyyy}-{mm}/{dd}/', 'x/2014-13/45/a.txt')).toBeNull()
  })
})
