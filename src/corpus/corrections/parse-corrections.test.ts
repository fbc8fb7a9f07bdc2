import { describe, expect, it } from 'vitest'
import { createReporter } from '../lib/diagnostics'
import { parseCorrections } from './parse-corrections'

const parse = (text: string) => {
  const report = createReporter('corrections.yaml')
  return { corrections: parseCorrections(text, report), diagnostics: report.diagnostics }
}

describe('parseCorrections', () => {
  it('reads a page\'s article boundaries apart from a person\'s split', () => {
    const { corrections } = parse('- page: a.txt\n  split: 58\n- split: 王伟-温州市\n  from: 2015-01-01\n- page: a.txt\n  join: 31\n')
    expect(corrections.map((c) => c.kind)).toEqual(['boundary', 'split', 'boundary'])
    expect(corrections[0]).toMatchObject({ action: 'split', at: 58, source: 'a.txt', line: 1 })
  })

  it('reads corrections of meetings, figures and appointments, each field checked', () => {
    const { corrections, diagnostics } = parse([
      '- meeting: m1', '  set: { date: 2025-01-08, name: 县政协主席会议 }',
      '- figure: f1', '  set: { value: 43480000, unit: 元 }',
      '- appointment: a1', '  name: 张峻榕', '  title: 副县长', '  set: { title: 常务副县长 }',
      '- figure: f2', '  remove: true',
      '- figure: f3', '  set: { value: 四千万 }',
      '- meeting: m2', '  set: { date: 2025 }',
      '- appointment: a2', '  set: { action: promote }',
      '',
    ].join('\n'))
    expect(corrections.map((c) => c.kind)).toEqual(['meeting', 'figure', 'appointment', 'figure'])
    expect(corrections[1]).toMatchObject({ kind: 'figure', id: 'f1', set: { value: 43480000, unit: '元' } })
    expect(corrections[3]).toMatchObject({ kind: 'figure', id: 'f2', set: null })
    expect(diagnostics.map((d) => d.line)).toEqual([11, 13, 15])
  })
})
