// A date as precisely as the evidence allows — a day, a range of days, a month or a year — and whether it was
// inferred from the content. One rule for every view, citation, filter and chart, in the builder and the app:
// a date known only to its year is the year (never its 1 January), a week the content allows is the week.
import * as v from 'valibot'
import { IsoDateSchema, type ISODate, type IssueDate } from './corpus-schema'

export const PreciseDateSchema = v.object({
  precision: v.picklist(['day', 'range', 'month', 'year', 'unknown']),
  /** the first and last day the evidence allows: the same day for a day, null when nothing is known */
  from: v.nullable(IsoDateSchema),
  to: v.nullable(IsoDateSchema),
  /** inferred from what the page reports, not printed on it (no masthead, date line or metadata) */
  inferred: v.boolean(),
})
export type PreciseDate = v.InferOutput<typeof PreciseDateSchema>
type DatePrecision = PreciseDate['precision']

const lastOfMonth = (iso: string) => {
  const [y, m] = iso.split('-').map(Number) as [number, number]
  return `${iso.slice(0, 8)}${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`
}

/** How precise the span from..to is: one day, a whole month, a whole year, or a range of days. */
function spanPrecision(from: ISODate, to: ISODate): Exclude<DatePrecision, 'unknown'> {
  if (from === to) return 'day'
  if (from.slice(0, 4) === to.slice(0, 4) && from.endsWith('-01-01') && to.endsWith('-12-31')) return 'year'
  if (from.slice(0, 7) === to.slice(0, 7) && from.endsWith('-01') && to === lastOfMonth(from)) return 'month'
  return 'range'
}

/** A span of two dates (either may be missing) as a precise date. */
export function preciseSpan(from: ISODate | null, to: ISODate | null, inferred = false): PreciseDate {
  const [a, b] = [from ?? to, to ?? from]
  if (!a || !b) return { precision: 'unknown', from: null, to: null, inferred }
  return { precision: spanPrecision(a, b), from: a, to: b, inferred }
}

/**
 * A page's date: its day when the page prints it (or its metadata gives it); when it was inferred from the content,
 * the range the evidence allows, even where the builder chose a day within a week of it.
 */
export function issuePreciseDate(d: IssueDate): PreciseDate {
  const inferred = d.basis === 'content'
  if (d.value && !inferred) return { precision: 'day', from: d.value, to: d.value, inferred }
  return preciseSpan(d.earliest ?? d.value, d.latest ?? d.value, inferred)
}

/** A meeting's date: its range where the builder knows one (昨天 on a page of a week), else its day, else nothing. */
export function meetingPreciseDate(d: { value: ISODate | null; basis: string; earliest?: ISODate; latest?: ISODate }): PreciseDate {
  if (d.earliest && d.latest) return preciseSpan(d.earliest, d.latest, true)
  return preciseSpan(d.value, d.value, d.basis === 'inferred')
}

/** The month a date counts in (YYYY-MM) when it lies within one month; its year (YYYY) when within one year; else ''. */
export function monthBucket(p: PreciseDate): string {
  if (!p.from || !p.to) return ''
  if (p.from.slice(0, 7) === p.to.slice(0, 7)) return p.from.slice(0, 7)
  if (p.from.slice(0, 4) === p.to.slice(0, 4)) return p.from.slice(0, 4)
  return ''
}

/** The first and last day a bound written as YYYY, YYYY-MM or YYYY-MM-DD stands for. */
function boundDays(bound: string): [string, string] {
  if (/^\d{4}$/.test(bound)) return [`${bound}-01-01`, `${bound}-12-31`]
  if (/^\d{4}-\d{2}$/.test(bound)) return [`${bound}-01`, lastOfMonth(`${bound}-01`)]
  return [bound, bound]
}

/**
 * Whether a date may fall within from..to (each YYYY, YYYY-MM or YYYY-MM-DD; a missing bound is open): its span
 * and the filter's overlap. A page known only as 2019 is within 2019-03..2019-12, and within 2019-01 too.
 */
export function mayFallWithin(p: PreciseDate, from?: string, to?: string): boolean {
  if (!from && !to) return true
  if (!p.from || !p.to) return false
  if (from && p.to < boundDays(from)[0]) return false
  if (to && p.from > boundDays(to)[1]) return false
  return true
}

/** A date for a citation, at the precision it has: 2025-06-13, 2025-06 (a range within a month), 2019. */
export function citedDate(p: PreciseDate): string {
  if (!p.from || !p.to) return ''
  if (p.precision === 'day') return p.from
  if (p.from.slice(0, 7) === p.to.slice(0, 7)) return p.from.slice(0, 7)
  if (p.from.slice(0, 4) === p.to.slice(0, 4)) return p.from.slice(0, 4)
  return `${p.from.slice(0, 4)}/${p.to.slice(0, 4)}`
}

/** The date in EDTF (ISO 8601-2), as exports and biblatex write it: 2025-06-13, 2025-01, 2019, 2025-01-09/2025-01-15. */
export function edtfDate(p: PreciseDate): string | null {
  if (!p.from || !p.to) return null
  return p.precision === 'range' ? `${p.from}/${p.to}` : citedDate(p)
}
