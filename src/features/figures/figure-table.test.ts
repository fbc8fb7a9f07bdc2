import { describe, expect, it } from 'vitest'
import type { Figure } from '@/shared/corpus-schema'
import { countByUnit, filterFigures, seriesOverTime, toCsv } from './figure-table'
import type { FigureRow } from './queries'

const row = (label: string, value: number, unit: string, year: number | null, day: string, sentence = '句子。'): FigureRow => ({
  figure: { id: `${label}${value}`, articleId: 'a', raw: `${value}${unit}`, value, unit, qualifier: null, label, year, sentence } as Figure,
  place: '平阳县', day, headline: null,
})
const rows = [row('网络销售额', 1e9, '元', 2023, '2024-01-05'), row('网络销售额', 2e9, '元', null, '2025-01-05'), row('入驻企业', 720, '家', 2018, '2019-02-01', '含"引号",逗号')]

describe('figure table helpers', () => {
  it('filters by label part, unit and year', () => {
    expect(filterFigures(rows, { label: '销售' })).toHaveLength(2)
    expect(filterFigures(rows, { unit: '家' }).map((r) => r.figure.label)).toEqual(['入驻企业'])
    expect(filterFigures(rows, { year: '2023' })).toHaveLength(1)
  })

  it('charts a label over the years, by the figure\'s year or else its page\'s', () => {
    expect(seriesOverTime(rows, '网络销售额')).toEqual([{ year: '2023', value: 1e9, unit: '元' }, { year: '2025', value: 2e9, unit: '元' }])
  })

  it('counts figures by unit', () => {
    expect(countByUnit(rows)).toEqual([{ unit: '元', count: 2 }, { unit: '家', count: 1 }])
  })

  it('writes CSV with a header and quoted cells where needed', () => {
    const csv = toCsv(rows).replace(/^\uFEFF/, '').trim().split('\n')
    expect(csv[0]).toBe('label,value,unit,qualifier,raw,year,place,date,articleId,sentence')
    expect(csv).toHaveLength(4)
    expect(csv[3]).toContain('"含""引号"",逗号"')
  })
})
