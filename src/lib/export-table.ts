// Exports of what a list view shows: CSV (UTF-8 with a BOM, so spreadsheet programs read the Chinese) and JSON,
// named by the view and its filters. Built in the browser: the app is static and sends nothing anywhere.

export type ExportColumns<T> = readonly (readonly [name: string, value: (row: T) => unknown])[]

const csvCell = (v: unknown) => {
  const text = v == null ? '' : Array.isArray(v) ? v.join('、') : String(v)
  // text from a page that begins like a formula (=HYPERLINK(…), +, -, @, a tab) is kept as text, as OWASP advises:
  // a spreadsheet would otherwise run it. Numbers are left as numbers.
  const s = typeof v !== 'number' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export function toCsv<T>(columns: ExportColumns<T>, rows: readonly T[]): string {
  const lines = rows.map((r) => columns.map(([, value]) => csvCell(value(r))).join(','))
  return `\uFEFF${[columns.map(([name]) => name).join(','), ...lines].join('\n')}\n`
}

export function toJson<T>(columns: ExportColumns<T>, rows: readonly T[]): string {
  return `${JSON.stringify(rows.map((r) => Object.fromEntries(columns.map(([name, value]) => [name, value(r) ?? null]))), null, 1)}\n`
}

/** xianbao-offices-平阳县-2019-06-01: the view, then each filter that is set, in order. */
export const exportName = (view: string, filters: readonly (string | null | undefined)[]) =>
  ['xianbao', view, ...filters.filter((f): f is string => !!f)].join('-').replace(/[\\/:*?"<>|\s]+/g, '_')

export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }))
  const a = Object.assign(document.createElement('a'), { href: url, download: filename })
  a.click()
  URL.revokeObjectURL(url)
}
