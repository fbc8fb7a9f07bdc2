// Download a list view's rows as CSV or JSON, named by the view and its filters. The rows are either those in hand
// or, for a list cut into pages, all of them, fetched when the reader asks (`loadRows`): an export is of the whole
// list a view shows, not of the page on screen.
import { useState } from 'react'
import { downloadText, type ExportColumns, toCsv, toJson } from '@/lib/export-table'
import { useT } from '@/lib/i18n'

type Rows<T> = { rows: readonly T[]; loadRows?: never; count?: never } | { loadRows: () => Promise<readonly T[]>; count: number; rows?: never }

export function ExportButtons<T>({ name, columns, ...source }: { name: string; columns: ExportColumns<T> } & Rows<T>) {
  const t = useT()
  const [busy, setBusy] = useState(false)
  const [failed, setFailed] = useState(false)
  const button = 'min-h-6 rounded border border-stone-300 bg-white px-2 py-1 text-sm'
  const empty = source.rows ? !source.rows.length : !source.count
  const save = async (format: 'csv' | 'json') => {
    setBusy(true)
    setFailed(false)
    try {
      const rows = source.rows ?? (await source.loadRows!())
      if (format === 'csv') downloadText(`${name}.csv`, toCsv(columns, rows), 'text/csv')
      else downloadText(`${name}.json`, toJson(columns, rows), 'application/json')
    } catch {
      setFailed(true)
    } finally {
      setBusy(false)
    }
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button type="button" className={button} disabled={empty || busy} onClick={() => void save('csv')}>{t.export.csv}</button>
      <button type="button" className={button} disabled={empty || busy} onClick={() => void save('json')}>{t.export.json}</button>
      {busy && <span className="text-xs text-stone-600" role="status">{t.export.preparing}</span>}
      {failed && <span className="text-xs text-red-800" role="alert">{t.export.failed}</span>}
    </span>
  )
}
