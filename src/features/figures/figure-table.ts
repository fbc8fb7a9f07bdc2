// Exporting figures: the rows a view shows as CSV (UTF-8 with a BOM, so spreadsheet programs read the Chinese).
import type { FigureRow } from '@/shared/views'

const csvCell = (v: unknown) => {
  const s = v == null ? '' : String(v)
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export function toCsv(rows: FigureRow[]): string {
  const head = ['label', 'value', 'unit', 'qualifier', 'raw', 'year', 'place', 'date', 'articleId', 'sentence']
  const lines = rows.map(({ figure: f, place, day }) => [f.label, f.value, f.unit, f.qualifier, f.raw, f.year, place, day, f.articleId, f.sentence].map(csvCell).join(','))
  return `\uFEFF${[head.join(','), ...lines].join('\n')}\n`
}
