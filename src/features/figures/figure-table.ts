// Filtering, charting and exporting figures: pure helpers for the /figures view.
import type { FigureRow } from './queries'

export interface FigureFilter {
  label?: string
  unit?: string
  place?: string
  year?: string
  article?: string
}

export function filterFigures(rows: FigureRow[], f: FigureFilter): FigureRow[] {
  return rows.filter(({ figure, place }) =>
    (!f.label || figure.label.includes(f.label)) &&
    (!f.unit || figure.unit === f.unit) &&
    (!f.place || place === f.place) &&
    (!f.year || String(figure.year ?? '') === f.year) &&
    (!f.article || figure.articleId === f.article))
}

/** The value of a label over the years (the figure's year, else its page's year), one point per year. */
export function seriesOverTime(rows: FigureRow[], label: string): { year: string; value: number; unit: string }[] {
  const byYear = new Map<string, { value: number; unit: string }>()
  for (const { figure, day } of rows) {
    if (!figure.label.includes(label)) continue
    const year = String(figure.year ?? day?.slice(0, 4) ?? '')
    if (year && !byYear.has(year)) byYear.set(year, { value: figure.value, unit: figure.unit })
  }
  return [...byYear].sort(([a], [b]) => a.localeCompare(b)).map(([year, v]) => ({ year, ...v }))
}

/** How many figures of each unit: the default chart when no label is chosen. */
export function countByUnit(rows: FigureRow[]): { unit: string; count: number }[] {
  const counts = new Map<string, number>()
  for (const { figure } of rows) counts.set(figure.unit, (counts.get(figure.unit) ?? 0) + 1)
  return [...counts].map(([unit, count]) => ({ unit, count })).sort((a, b) => b.count - a.count)
}

const csvCell = (v: unknown) => {
  const s = v == null ? '' : String(v)
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export function toCsv(rows: FigureRow[]): string {
  const head = ['label', 'value', 'unit', 'qualifier', 'raw', 'year', 'place', 'date', 'articleId', 'sentence']
  const lines = rows.map(({ figure: f, place, day }) => [f.label, f.value, f.unit, f.qualifier, f.raw, f.year, place, day, f.articleId, f.sentence].map(csvCell).join(','))
  return `\uFEFF${[head.join(','), ...lines].join('\n')}\n`
}
