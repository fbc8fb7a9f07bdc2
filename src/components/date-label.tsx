// A page's date as precisely as the evidence allows: a day, a range, or a year — and how it was inferred.
import type { IssueDate } from '@/corpus/schema'
import { t } from '@/lib/strings'

export function formatIssueDate(date: IssueDate): string {
  if (date.value && date.basis !== 'content') return formatDay(date.value)
  if (date.earliest && date.latest) {
    if (date.earliest.endsWith('-01-01') && date.latest.endsWith('-12-31') && date.earliest.slice(0, 4) === date.latest.slice(0, 4)) {
      return `${date.earliest.slice(0, 4)}年`
    }
    return `${formatDay(date.earliest)}–${formatDay(date.latest)}`
  }
  return t.unknownDate
}

export function formatDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number)
  return `${y}年${m}月${d}日`
}

export function dateBasisNote(date: IssueDate): string | null {
  if (date.basis === 'masthead') return t.dateFromMasthead
  if (date.basis === 'metadata') return t.dateFromMetadata
  if (date.basis === 'content' && date.evidence.length) return t.dateFromContent(date.evidence.slice(0, 3).join('”“'))
  return null
}

export function DateLabel({ date }: { date: IssueDate }) {
  const note = dateBasisNote(date)
  return (
    <span>
      <time dateTime={date.value ?? date.earliest ?? undefined}>{formatIssueDate(date)}</time>
      {note && <span className="ml-2 text-xs text-stone-500">（{note}）</span>}
    </span>
  )
}
