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

  it('keeps page text that begins like a formula as text in CSV, and numbers as numbers', () => {
    const cols = [['text', (r: { t: string }) => r.t], ['n', () => -3.5]] as const
    const csv = toCsv(cols, [{ t: '=HYPERLINK("http://x","点击")' }, { t: '+86 0577' }, { t: '@某人' }, { t: '-1' }, { t: '平阳县' }])
    expect(csv.replace(/^\uFEFF/, '').trim().split('\n').slice(1)).toEqual([`"'=HYPERLINK(""http://x"",""点击"")",-3.5`, "'+86 0577,-3.5", "'@某人,-3.5", "'-1,-3.5", '平阳县,-3.5'])
  })

  it('writes JSON of the same columns, nulls kept', () => {
    expect(JSON.parse(toJson(columns, rows))).toEqual([{ name: '孟晓斌', title: '县委书记', articles: ['a', 'b'] }, { name: '含"引号",逗号', title: null, articles: [] }])
  })

  it('names a file by its view and the filters that are set', () => {
    expect(exportName('offices', ['平阳县', undefined, '2019-06-01'])).toBe('xianbao-offices-平阳县-2019-06-01')
    expect(exportName('figures', ['a/b c'])).toBe('xianbao-figures-a_b_c')
  })
})
