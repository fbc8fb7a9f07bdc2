import { describe, expect, it } from 'vitest'
import type { Figure } from '@/shared/corpus-schema'
import type { FigureRow } from '@/shared/view-records'
import { toCsv } from '@/lib/export-table'
import { preciseSpan } from '@/shared/precise-date'
import { FIGURE_COLUMNS } from './figure-table'

const row = (label: string, value: number, unit: string, year: number | null, day: string, sentence = '句子。', to = day): FigureRow => ({
  figure: { id: `${label}${value}`, articleId: 'a', raw: `${value}${unit}`, value, unit, qualifier: null, label, year, sentence } as Figure,
  place: '平阳县', day, date: preciseSpan(day, to), headline: null,
})

describe('figures as CSV', () => {
  it('writes a header and one line a figure, quoting cells where needed', () => {
    const rows = [row('网络销售额', 1e9, '元', 2023, '2024-01-05'), row('入驻企业', 720, '家', 2018, '2019-02-01', '含"引号",逗号')]
    const csv = toCsv(FIGURE_COLUMNS, rows)
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\n')
    expect(lines[0]).toBe('label,value,unit,qualifier,raw,year,place,date,articleId,sentence')
    expect(lines).toHaveLength(3)
    expect(lines[1]).toContain('网络销售额,1000000000,元')
    expect(lines[2]).toContain('"含""引号"",逗号"')
  })

  it('dates a figure of a page of a range by that range, never by a day within it', () => {
    const csv = toCsv(FIGURE_COLUMNS, [row('网络销售额', 1e9, '元', 2024, '2025-01-09', '句子。', '2025-01-15')])
    expect(csv).toContain(',2025-01-09/2025-01-15,')
  })
})
