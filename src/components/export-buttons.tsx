// Download what a list view shows, as CSV or JSON, named by the view and its filters.
import { downloadText, type ExportColumns, toCsv, toJson } from '@/lib/export-table'
import { useT } from '@/lib/i18n'

export function ExportButtons<T>({ name, columns, rows }: { name: string; columns: ExportColumns<T>; rows: readonly T[] }) {
  const t = useT()
  const button = 'min-h-6 rounded border border-stone-300 bg-white px-2 py-1 text-sm'
  return (
    <span className="inline-flex gap-2">
      <button type="button" className={button} disabled={!rows.length} onClick={() => downloadText(`${name}.csv`, toCsv(columns, rows), 'text/csv')}>{t.export.csv}</button>
      <button type="button" className={button} disabled={!rows.length} onClick={() => downloadText(`${name}.json`, toJson(columns, rows), 'application/json')}>{t.export.json}</button>
    </span>
  )
}
