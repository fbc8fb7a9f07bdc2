// The view files of offices: each place's offices in pages (the latest holder of each), each office's succession,
// and for each year a place's offices with the holders that may have held them then, each with the notices and
// sightings that place them there — what the 班子 on a day is answered from.
import type { Office } from '../../shared/corpus-schema'
import { type NoticeRef, type OfficesOfYear, protocolRank, type TenureHolder, type TenureOffice, yearsOfHolder } from '../../shared/office-tenure'
import { viewFile } from '../../shared/views'
import type { OfficeEntry, OfficesIndex, OfficeView } from '../../shared/view-records'
import { byCodePoint, groupBy, pushTo } from '../lib/collections'
import { seenWithin } from '../facts/link-people'
import { pages } from './paging'
import type { Emit } from './page-views'
import type { ViewContext } from './view-context'

/** Articles listed per holder of an office in the offices' files. */
const HOLDER_ARTICLES = 5

const sightingsOf = (o: Office) => o.holders.reduce((n, h) => n + h.articleIds.length, 0)

export function emitOffices(ctx: ViewContext, emit: Emit) {
  const notices = noticesByHolder(ctx, new Set(ctx.facts.offices.flatMap((o) => o.holders.map((h) => h.personId))))
  const index: OfficesIndex = { places: [] }
  // the archive's own county first (the place most of its pages serve), then the others in pinyin order: the list
  // and the view /offices opens on (丽水市 came first by code point, ahead of the county the paper serves)
  const pagesOf = new Map<string, number>()
  for (const issue of ctx.issues) if (issue.place) pagesOf.set(issue.place, (pagesOf.get(issue.place) ?? 0) + 1)
  const byPinyin = new Intl.Collator('zh-Hans-CN-u-co-pinyin')
  const places = [...groupBy(ctx.facts.offices, (o) => o.place)].sort(([a], [b]) => (pagesOf.get(b) ?? 0) - (pagesOf.get(a) ?? 0) || byPinyin.compare(a, b) || byCodePoint(a, b))
  for (const [place, offices] of places) {
    // the offices seen most first: a county's leaders before a village's
    offices.sort((a, b) => sightingsOf(b) - sightingsOf(a) || byCodePoint(a.id, b.id))
    // a holder's first articles link the evidence; how many there are is the count (offices.json has them all)
    const views: OfficeView[] = offices.map((o) => ({ ...o, holders: o.holders.map((h) => ({ ...h, articleIds: h.articleIds.slice(0, HOLDER_ARTICLES), sightings: h.articleIds.length })) }))
    for (const v of views) emit(viewFile.office(v.id), v)
    // the list shows each office's latest holder: its weight does not grow with the years an archive spans
    const cut = pages(views.map((v): OfficeEntry => ({ ...v, holders: v.holders.slice(-1), holderCount: v.holders.length })))
    for (const page of cut) emit(viewFile.offices(place, page.page), page)
    const years = emitOfficesByYear(place, views, notices, emit)
    const days = offices.flatMap((o) => o.holders.flatMap((h) => [h.firstDate, h.lastDate])).filter((d): d is string => !!d).sort(byCodePoint)
    index.places.push({ place, offices: offices.length, pages: cut.length, years, earliest: days[0] ?? null, latest: days.at(-1) ?? null })
  }
  emit(viewFile.officesIndex(), index)
}

/** The 任命/当选 and 免去/辞去 notices of each person, by person id and title. */
function noticesByHolder(ctx: ViewContext, personIds: Iterable<string>): Map<string, NoticeRef[]> {
  const byHolder = new Map<string, NoticeRef[]>()
  for (const id of personIds) {
    for (const a of ctx.appointmentsOf(id)) if (a.date) pushTo(byHolder, `${id}|${a.title}`, { date: a.date, action: a.action, articleId: a.articleId, sentence: a.sentence })
  }
  for (const list of byHolder.values()) list.sort((a, b) => byCodePoint(a.date, b.date))
  return byHolder
}

/** One file a year per place: its offices in protocol order, each with the holders it may have had that year. */
function emitOfficesByYear(place: string, offices: OfficeView[], notices: Map<string, NoticeRef[]>, emit: Emit): string[] {
  const byYear = new Map<string, TenureOffice[]>()
  for (const o of offices) {
    const holders: TenureHolder[] = o.holders.map((h) => {
      const own = notices.get(`${h.personId}|${o.title}`) ?? []
      return {
        personId: h.personId, name: h.name, firstDate: h.firstDate, lastDate: h.lastDate, ...seenWithin(h), sightings: h.sightings, articleIds: h.articleIds.slice(0, 3),
        appointed: own.find((n) => n.action === 'appoint' || n.action === 'elect') ?? null,
        removed: own.findLast((n) => n.action === 'remove' || n.action === 'resign') ?? null,
      }
    })
    const years = new Map<string, TenureHolder[]>()
    for (const h of holders) for (const y of yearsOfHolder(h)) pushTo(years, y, h)
    // an office's file for a year holds every holder of that year, so that a successor can end a term
    for (const [year, list] of years) pushTo(byYear, year, { id: o.id, title: o.title, holders: list })
  }
  const years = [...byYear.keys()].sort(byCodePoint)
  for (const year of years) {
    const list = byYear.get(year)!.sort((a, b) => protocolRank(a.title) - protocolRank(b.title) || holderSightings(b) - holderSightings(a) || byCodePoint(a.id, b.id))
    emit(viewFile.officesOn(place, year), { place, year, offices: list } satisfies OfficesOfYear)
  }
  return years
}

const holderSightings = (o: TenureOffice) => o.holders.reduce((n, h) => n + h.sightings, 0)
