// A page's date as precisely as the evidence allows — a day, a range or a year — and how it was inferred.
import type { IssueDate } from '@/shared/corpus-schema'
import { type Strings, useT } from '@/lib/i18n'

export function formatIssueDate(date: IssueDate, t: Strings): string {
  if (date.value && date.basis !== 'content') return formatDay(date.value, t)
  if (date.earliest && date.latest) {
    if (date.earliest.endsWith('-01-01') && date.latest.endsWith('-12-31') && date.earliest.slice(0, 4) === date.latest.slice(0, 4)) {
      return t.dates.year(date.earliest.slice(0, 4))
    }
    return `${formatDay(date.earliest, t)}–${formatDay(date.latest, t)}`
  }
  return t.unknownDate
}

export function formatDay(iso: string, t: Strings): string {
  return t.dates.day(iso)
}

/** 据正文“过去的2020年”推断为2021年 */
export function dateBasisNote(date: IssueDate, t: Strings): string | null {
  if (date.basis === 'masthead') return t.dateFromMasthead
  if (date.basis === 'metadata') return t.dateFromMetadata
  if (date.basis === 'content' && date.evidence.length) return t.dateFromContent(date.evidence.slice(0, 3).join('”“'), formatIssueDate(date, t))
  return null
}

export function DateLabel({ date, note = true }: { date: IssueDate; note?: boolean }) {
  const t = useT()
  const basis = note ? dateBasisNote(date, t) : null
  return (
    <span>
      <time dateTime={date.value ?? date.earliest ?? undefined}>{formatIssueDate(date, t)}</time>
      {basis && <span className="ml-2 text-xs text-stone-600">（{basis}）</span>}
    </span>
  )
}
