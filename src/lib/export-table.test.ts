import { describe, expect, it } from 'vitest'
import { exportName, toCsv, toJson } from './export-table'

interface Row { name: string; title: string | null; ids: string[] }
const columns = [['name', (r: Row) => r.name], ['title', (r: Row) => r.title], ['articles', (r: Row) => r.ids]] as const
const rows: Row[] = [{ name: '孟晓斌', title: '县委书记', ids: ['a', 'b'] }, { name: '含"引号",逗号', title: null, ids: [] }]

describe('exports', () => {
  it('writes CSV with a BOM, a header and one line a row, quoting cells where needed', () => {
    const lines = toCsv(columns, rows).replace(/^\uFEFF/, '').trim().split('\n')
    expect(toCsv(columns, rows).startsWith('\uFEFF')).toBe(true)
    expect(lines).toEqual(['name,title,articles', '孟晓斌,县委书记,a、b', '"含""引号"",逗号",,'])
  })

  it('writes JSON of the same columns, nulls kept', () => {
    expect(JSON.parse(toJson(columns, rows))).toEqual([{ name: '孟晓斌', title: '县委书记', articles: ['a', 'b'] }, { name: '含"引号",逗号', title: null, articles: [] }])
  })

  it('names a file by its view and the filters that are set', () => {
    expect(exportName('offices', ['平阳县', undefined, '2019-06-01'])).toBe('xianbao-offices-平阳县-2019-06-01')
    expect(exportName('figures', ['a/b c'])).toBe('xianbao-figures-a_b_c')
  })
})
