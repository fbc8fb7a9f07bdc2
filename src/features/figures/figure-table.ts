// Exporting figures: the columns of the rows a view shows, for CSV and JSON.
import type { ExportColumns } from '@/lib/export-table'
import { edtfDate } from '@/shared/precise-date'
import type { FigureRow } from '@/shared/view-records'

export const FIGURE_COLUMNS: ExportColumns<FigureRow> = [
  ['label', (r) => r.figure.label], ['value', (r) => r.figure.value], ['unit', (r) => r.figure.unit], ['qualifier', (r) => r.figure.qualifier],
  ['raw', (r) => r.figure.raw], ['year', (r) => r.figure.year], ['place', (r) => r.place], ['date', (r) => (r.date ? edtfDate(r.date) : null)], ['articleId', (r) => r.figure.articleId],
  ['sentence', (r) => r.figure.sentence],
]
