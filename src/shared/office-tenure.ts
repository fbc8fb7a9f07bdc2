// Who held an office on a given day, and how that is known: by an appointment notice (任命/当选, until a 免去/辞去),
// by sightings in the paper before and after the day, or by sightings before it only. One rule for the builder,
// which cuts a place's offices into one file a year, and the reader, which answers for the day asked.
import * as v from 'valibot'
import { APPOINTMENT_ACTIONS, type ISODate, IsoDateSchema } from './corpus-schema'

/** A notice that starts or ends a holder's term, with its sentence. */
const NoticeRefSchema = v.object({ date: IsoDateSchema, action: v.picklist(APPOINTMENT_ACTIONS), articleId: v.string(), sentence: v.string() })
export type NoticeRef = v.InferOutput<typeof NoticeRefSchema>

const TenureHolderSchema = v.object({
  personId: v.string(),
  name: v.string(),
  /** first and last sightings in the paper */
  firstDate: v.nullable(IsoDateSchema),
  lastDate: v.nullable(IsoDateSchema),
  /** where a page of a range makes the first or last sighting uncertain: the days they are certain by */
  firstSeenBy: v.optional(IsoDateSchema),
  lastSeenFrom: v.optional(IsoDateSchema),
  sightings: v.number(),
  /** the first articles that show them holding it */
  articleIds: v.array(v.string()),
  appointed: v.nullable(NoticeRefSchema),
  removed: v.nullable(NoticeRefSchema),
})
export type TenureHolder = v.InferOutput<typeof TenureHolderSchema>

const TenureOfficeSchema = v.object({ id: v.string(), title: v.string(), holders: v.array(TenureHolderSchema) })
export type TenureOffice = v.InferOutput<typeof TenureOfficeSchema>

/** A place's offices with the holders that may have held them in one year (`offices/<place>/on-YYYY.json`). */
export const OfficesOfYearSchema = v.object({ place: v.string(), year: v.string(), offices: v.array(TenureOfficeSchema) })
export type OfficesOfYear = v.InferOutput<typeof OfficesOfYearSchema>

export type HoldingBasis = 'appointed' | 'seen-on-day' | 'seen-around' | 'seen-in-period' | 'seen-before'

/** How long a sighting (or a notice without a later sighting) still speaks for a holder, in days. */
const STILL_HELD_DAYS = 365

/** Offices several people hold at once (副县长, 县委常委): a newcomer does not end an earlier holder's term. */
const isShared = (title: string) => /^副|常委|委员|成员|代表|干部|助理/.test(title)

const PROTOCOL: RegExp[] = [
  /^[县市区旗州盟]委书记$/, /^([县市区]|自治[县州]|旗)长$/, /人大常委会主任$/, /政协主席$/, /^[县市区旗]委副书记$/, /^常务副[县市区旗]长$/,
  /^[县市区旗]委常委/, /^副[县市区旗]长$/, /人大常委会副主任$/, /政协副主席$/, /监委主任$|纪委书记$/, /法院院长$/, /检察院检察长$/,
  /局长$|主任$|部长$/, /^[镇乡]党委书记$|街道党工委书记$/, /^[镇乡]长$|街道办事处主任$/,
]

/** Protocol order of an office: 书记, 县长, 人大主任, 政协主席, 副书记, 常务副县长, 常委, 副县长 …; the rest after. */
export function protocolRank(title: string): number {
  const at = PROTOCOL.findIndex((re) => re.test(title))
  return at < 0 ? PROTOCOL.length : at
}

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
const isWholeYear = (a: string | null, b: string | null) => !!a && !!b && a.slice(0, 4) === b.slice(0, 4) && a.endsWith('-01-01') && b.endsWith('-12-31')

/** How a holder is known to hold the office on `day`, or null when nothing places them there. */
function holdingOn(h: TenureHolder, office: TenureOffice, day: ISODate): HoldingBasis | null {
  if (h.removed && h.removed.date <= day) return null
  const last = h.lastDate && h.appointed && h.appointed.date > h.lastDate ? h.appointed.date : (h.lastDate ?? h.appointed?.date ?? null)
  // a later holder of an office held by one person at a time ends an earlier one's term
  const succeeded = !isShared(office.title) && office.holders.some((o) => o !== h && (o.appointed?.date ?? o.firstDate ?? '9999') > (last ?? '') && (o.appointed?.date ?? o.firstDate ?? '9999') <= day)
  if (h.appointed && h.appointed.date <= day && !succeeded && last && day <= addDays(last, STILL_HELD_DAYS)) return 'appointed'
  if (!h.firstDate || !h.lastDate || h.firstDate > day) return null
  if (day <= h.lastDate) {
    if (isWholeYear(h.firstDate, h.lastDate) || (h.firstDate.slice(0, 7) === h.lastDate.slice(0, 7) && h.firstDate.endsWith('-01'))) return 'seen-in-period'
    if (h.firstDate === day && h.lastDate === day) return 'seen-on-day'
    // seen before and after the day only where a sighting is certainly on each side (not a page of 9–15 January
    // for the 10th)
    return (h.firstSeenBy ?? h.firstDate) <= day && day <= (h.lastSeenFrom ?? h.lastDate) ? 'seen-around' : 'seen-in-period'
  }
  return !succeeded && day <= addDays(h.lastDate, STILL_HELD_DAYS) ? 'seen-before' : null
}

/** The holders of an office on a day, the best known first. */
export function holdersOn(office: TenureOffice, day: ISODate): { holder: TenureHolder; basis: HoldingBasis }[] {
  const order: HoldingBasis[] = ['appointed', 'seen-on-day', 'seen-around', 'seen-in-period', 'seen-before']
  return office.holders
    .map((holder) => ({ holder, basis: holdingOn(holder, office, day) }))
    .filter((x): x is { holder: TenureHolder; basis: HoldingBasis } => x.basis !== null)
    .sort((a, b) => order.indexOf(a.basis) - order.indexOf(b.basis))
}

/** The years in which a holder may be found holding the office (what the builder's year files hold). */
export function yearsOfHolder(h: TenureHolder): string[] {
  const start = [h.appointed?.date, h.firstDate].filter((d): d is string => !!d).sort()[0]
  const end = [h.lastDate, h.appointed?.date].filter((d): d is string => !!d).sort().at(-1)
  if (!start || !end) return []
  const until = h.removed && h.removed.date < addDays(end, STILL_HELD_DAYS) ? h.removed.date : addDays(end, STILL_HELD_DAYS)
  const years: string[] = []
  for (let y = Number(start.slice(0, 4)); y <= Number(until.slice(0, 4)); y++) years.push(String(y))
  return years
}
