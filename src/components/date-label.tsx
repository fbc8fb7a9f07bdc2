// A date as precisely as the evidence allows — a day, a range, a month or a year — and how it was inferred. Every
// view formats dates here, from the one rule of precise-date.ts: a year-only page reads 2019年, never 1 January.
import type { IssueDate, Meeting } from '@/shared/corpus-schema'
import { issuePreciseDate, meetingPreciseDate, type PreciseDate } from '@/shared/precise-date'
import { type Strings, useT } from '@/lib/i18n'

/** 2025年6月13日, 2025年1月9日至15日间, 2025年1月, 2019年; `mark` adds （据正文推断） to an inferred date. */
export function formatPreciseDate(p: PreciseDate, t: Strings, mark = false): string {
  if (!p.from || !p.to) return t.unknownDate
  const text = p.precision === 'day' ? t.dates.day(p.from)
    : p.precision === 'year' ? t.dates.year(p.from.slice(0, 4))
    : p.precision === 'month' ? t.dates.month(Number(p.from.slice(0, 4)), Number(p.from.slice(5, 7)))
    : t.dates.range(p.from, p.to)
  return mark && p.inferred ? `${text}${t.paren(t.dates.inferred)}` : text
}

export function formatIssueDate(date: IssueDate, t: Strings): string {
  return formatPreciseDate(issuePreciseDate(date), t)
}

/** A meeting's date: its day, or the range a relative day on a page of a week allows; `year` when only that is known. */
export function formatMeetingDate(date: Meeting['date'], t: Strings, year?: string | null): string {
  const p = meetingPreciseDate(date)
  if (p.from) return formatPreciseDate(p, t)
  return year ? t.timeline.yearOnly(year) : t.timeline.undated
}

export function formatDay(iso: string, t: Strings): string {
  return t.dates.day(iso)
}

/** 据正文“过去的2020年”推断为2021年 */
function dateBasisNote(date: IssueDate, t: Strings): string | null {
  if (date.basis === 'masthead') return t.dateFromMasthead
  if (date.basis === 'metadata') return t.dateFromMetadata
  if (date.basis === 'content' && date.evidence.length) return t.dateFromContent(date.evidence.slice(0, 3).join('”“'), formatIssueDate(date, t))
  return null
}

export function DateLabel({ date, note = true }: { date: IssueDate; note?: boolean }) {
  const t = useT()
  const basis = note ? dateBasisNote(date, t) : null
  const p = issuePreciseDate(date)
  return (
    <span>
      <time dateTime={p.precision === 'day' ? p.from! : p.precision === 'year' ? p.from?.slice(0, 4) : undefined}>{formatPreciseDate(p, t, !note)}</time>
      {basis && <span className="ml-2 text-xs text-stone-600">{t.paren(basis)}</span>}
    </span>
  )
}

/** A precise date in a list: its text, and 据正文推断 when inferred. */
export function PreciseDateText({ date }: { date: PreciseDate }) {
  const t = useT()
  return <time dateTime={date.precision === 'day' ? date.from! : date.precision === 'year' ? date.from?.slice(0, 4) : undefined}>{formatPreciseDate(date, t, true)}</time>
}
