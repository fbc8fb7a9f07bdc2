// The view files of the corpus's lists, cut so that a view fetches one small file: the home page, the calendar
// by place and month, the people directory (pages and find buckets) and one file per person with its lists in
// pages, the timeline by month, figures by place and label, offices by place.
import { nameKeys } from '../../shared/name-keys'
import type { Issue, Person } from '../../shared/corpus-schema'
import { issueDay, newestFirst } from '../../shared/issue-day'
import { issuePreciseDate, meetingPreciseDate, monthBucket, type PreciseDate } from '../../shared/precise-date'
import { meetingType } from '../../shared/meeting-type'
import { LABELS_PER_PLACE, pageCount, findBuckets, viewFile } from '../../shared/views'
import type { CalendarDays, CalendarIndex, CalendarMonth, FigureRow, FigureSeries, FiguresIndex, HomeView, MeetingRow, PeopleIndex, PersonArticle, PersonEntry, PersonFound, PersonMeeting, PersonView, PlaceCoverage, TimelineIndex, TimelineYear } from '../../shared/view-records'
import { byCodePoint, groupBy, pushTo } from '../lib/collections'
import type { Emit } from './page-views'
import { emitOffices } from './office-views'
import { pages } from './paging'
import { emitLookup } from './lookup-view'
import { emitRecordViews } from './record-views'
import { personRef, type ViewContext } from './view-context'

const PERSON_KINDS = ['official', 'journalist', 'person'] as const satisfies readonly Person['kind'][]

/** Evidence sentences kept per role in a person's file. */
const EVIDENCE_PER_ROLE = 3


export function emitListViews(ctx: ViewContext, counts: HomeView['counts'], emit: Emit): void {
  emitHomeAndCalendar(ctx, counts, emit)
  emitPeople(ctx, emit)
  emitTimeline(ctx, emit)
  emitFigures(ctx, emit)
  emitOffices(ctx, emit)
  emitRecordViews(ctx, emit)
  emitLookup(ctx, emit)
}

function emitHomeAndCalendar(ctx: ViewContext, counts: HomeView['counts'], emit: Emit) {
  const byPlace = groupBy(ctx.issues, (i) => i.place ?? '')
  const places: PlaceCoverage[] = []
  const calendar: CalendarIndex = { places: [] }
  for (const [key, issues] of byPlace) {
    const place = key || null
    const papers = [...new Set(issues.map((i) => i.paper).filter((p): p is string => !!p))].sort(byCodePoint)
    const known = issues.map((i) => issuePreciseDate(i.date)).filter((d) => d.from && d.to)
    const first = known.reduce<PreciseDate | null>((a, d) => (!a || d.from! < a.from! ? d : a), null)
    const last = known.reduce<PreciseDate | null>((a, d) => (!a || d.to! > a.to! ? d : a), null)
    places.push({ place, papers, issues: issues.length, first, last })
    calendar.places.push({ place, papers, ...emitCalendar(ctx, place, issues, emit) })
  }
  places.sort((a, b) => b.issues - a.issues || byCodePoint(a.place ?? '', b.place ?? ''))
  calendar.places.sort((a, b) => byCodePoint(a.place ?? '', b.place ?? ''))
  const latest = [...ctx.issues].sort(newestFirst).slice(0, 6).map((i) => ctx.summary(i))
  emit(viewFile.home(), { counts, places, latest } satisfies HomeView)
  emit(viewFile.calendarIndex(), calendar)
}

/** One place's calendar: a file per month of dated pages, the undated pages in pages of a list; the index's entry. */
function emitCalendar(ctx: ViewContext, place: string | null, issues: Issue[], emit: Emit): Pick<CalendarIndex['places'][number], 'years' | 'undated'> {
  // a page sits on its day only when its day is known; a page of a week (9–15 January) sits in its month without a
  // day; one known only to its year, or a range across months, is listed with the undated pages
  const monthOf = (i: Issue) => (b => (b.length === 7 ? b : null))(monthBucket(issuePreciseDate(i.date)))
  const dayOf = (i: Issue) => (p => (p.precision === 'day' ? p.from : null))(issuePreciseDate(i.date))
  const [dated, undated] = [issues.filter((i) => monthOf(i)), issues.filter((i) => !monthOf(i))]
  for (const page of pages(undated.sort(newestFirst).map((i) => ctx.summary(i)))) emit(viewFile.calendarUndated(place, page.page), page)
  const months = [...groupBy(dated, (i) => monthOf(i)!)].sort(([a], [b]) => byCodePoint(b, a))
  for (const [month, list] of months) emit(viewFile.calendarMonth(place, month), { place, month, issues: list.sort(newestFirst).map((i) => ctx.summary(i)) } satisfies CalendarMonth)
  const byYear = [...groupBy(dated, (i) => monthOf(i)!.slice(0, 4))]
  for (const [year, list] of byYear) {
    const days: Record<string, number> = {}
    for (const day of list.map(dayOf).filter((d): d is string => !!d).sort(byCodePoint)) days[day.slice(5)] = (days[day.slice(5)] ?? 0) + 1
    emit(viewFile.calendarDays(place, year), { place, year, days } satisfies CalendarDays)
  }
  const years = byYear.map(([year, list]) => ({
    year, pages: list.length, days: new Set(list.map(dayOf).filter(Boolean)).size,
    months: months.filter(([m]) => m.startsWith(`${year}-`)).map(([m]) => Number(m.slice(5))).reverse(),
  }))
  return { years: years.sort((a, b) => byCodePoint(b.year, a.year)), undated: undated.length }
}

function placesOf(ctx: ViewContext, p: Person): string[] {
  const places = new Set<string>()
  for (const r of p.roles) if (r.place) places.add(r.place)
  for (const id of p.articleIds) {
    const place = ctx.issueOf(id)?.place
    if (place) places.add(place)
  }
  return [...places].sort(byCodePoint)
}

function emitPeople(ctx: ViewContext, emit: Emit) {
  const entries: PersonEntry[] = ctx.facts.people.map((p) => ({
    ...personRef(p), region: p.region, places: placesOf(ctx, p), articles: p.articleIds.length,
    latestTitle: p.roles.at(-1) ? (p.roles.at(-1)!.place ? `${p.roles.at(-1)!.place} · ${p.roles.at(-1)!.title}` : p.roles.at(-1)!.title) : null,
  }))
  entries.sort((a, b) => b.articles - a.articles || byCodePoint(a.name, b.name) || byCodePoint(a.id, b.id))
  for (const page of pages(entries)) emit(viewFile.peoplePage(null, page.page), page)
  for (const kind of PERSON_KINDS) for (const page of pages(entries.filter((e) => e.kind === kind))) emit(viewFile.peoplePage(kind, page.page), page)
  const buckets = new Map<string, PersonFound[]>()
  for (const e of entries) {
    const keyed: PersonFound = { ...e, ...nameKeys(e.name) }
    for (const b of findBuckets(e.name, keyed.pinyin, keyed.initials)) pushTo(buckets, b, keyed)
  }
  for (const [b, list] of buckets) emit(viewFile.peopleFind(b), list)
  const index: PeopleIndex = {
    total: entries.length, pages: pageCount(entries.length),
    places: [...new Set(entries.flatMap((e) => e.places))].sort(byCodePoint),
    buckets: Object.fromEntries([...buckets].filter(([b]) => b.startsWith('c')).map(([b, list]) => [b, list.length]).sort(([a], [b]) => byCodePoint(String(a), String(b)))),
  }
  emit(viewFile.peopleIndex(), index)
  const meetingsOf = new Map<string, PersonMeeting[]>()
  for (const m of ctx.facts.meetings) {
    for (const [as, names] of [['chair', m.chair], ['speaker', m.speakers], ['attendee', m.attendees]] as const) {
      for (const name of names) {
        const p = ctx.personNamed(name, m.articleId)
        if (!p) continue
        pushTo(meetingsOf, p.id, { id: m.id, name: m.name, date: m.date.value, articleId: m.articleId, as })
      }
    }
  }
  for (const p of ctx.facts.people) emitPerson(ctx, p, meetingsOf.get(p.id) ?? [], ctx.appointmentsOf(p.id), emit)
}

function emitPerson(ctx: ViewContext, p: Person, meetings: PersonMeeting[], appointments: PersonView['appointments'], emit: Emit) {
  const articles: PersonArticle[] = p.articleIds.flatMap((id) => {
    const meta = ctx.articleById.get(id)
    if (!meta) return []
    const issue = ctx.issueById.get(meta.issueId)
    return [{ id, headline: meta.headline, day: issueDay(issue), date: issue ? issuePreciseDate(issue.date) : null, place: issue?.place ?? null, paper: issue?.paper ?? null, wrote: meta.credited.includes(p.name) }]
  })
  // a journalist's own articles first: what they wrote is what a reader looks for
  articles.sort((a, b) => (p.kind === 'journalist' ? Number(b.wrote) - Number(a.wrote) : 0) || byCodePoint(b.day ?? '', a.day ?? '') || byCodePoint(a.id, b.id))
  meetings.sort((a, b) => byCodePoint(b.date ?? '', a.date ?? '') || byCodePoint(a.id, b.id))
  const together = new Map<string, number>()
  for (const id of p.articleIds) for (const other of ctx.peopleByArticle.get(id) ?? []) if (other !== p) together.set(other.id, (together.get(other.id) ?? 0) + 1)
  const articlePages = pages(articles)
  const meetingPages = pages(meetings)
  const { roles, ...rest } = p
  const view: PersonView = {
    person: { id: rest.id, name: rest.name, kind: rest.kind, region: rest.region, romanized: personRef(p).romanized, ...(rest.corrections?.length ? { corrections: rest.corrections } : {}), roles: roles.map(({ articleIds, evidence, ...r }) => ({ ...r, evidence: evidence.slice(0, EVIDENCE_PER_ROLE), sightings: articleIds.length })) },
    appointments,
    together: [...together].sort(([a, x], [b, y]) => y - x || byCodePoint(a, b)).slice(0, 8).map(([id, count]) => ({ person: personRef(ctx.personById.get(id)!), count })),
    articles: articlePages[0]!,
    meetings: meetingPages[0]!,
  }
  emit(viewFile.person(p.id), view)
  for (const page of articlePages.slice(1)) emit(viewFile.personArticles(p.id, page.page), page)
  for (const page of meetingPages.slice(1)) emit(viewFile.personMeetings(p.id, page.page), page)
}

function emitTimeline(ctx: ViewContext, emit: Emit) {
  const months = new Map<string, MeetingRow[]>()
  const undated = new Map<string, number>()
  for (const m of ctx.facts.meetings) {
    if (m.status !== 'held') continue
    const issue = ctx.issueOf(m.articleId)
    const yearOf = issue?.date.value ?? (issue?.date.earliest?.slice(0, 4) === issue?.date.latest?.slice(0, 4) ? issue?.date.earliest : null)
    const people: Record<string, string> = {}
    for (const name of [...m.chair, ...m.speakers, ...m.attendees]) {
      const p = ctx.personNamed(name, m.articleId)
      if (p) people[name] = p.id
    }
    // a day only where the meeting's day is known; a range (昨天 on a page of a week) sits in its month
    const span = meetingPreciseDate(m.date)
    const bucket = monthBucket(span)
    const row: MeetingRow = {
      meeting: m, headline: ctx.articleById.get(m.articleId)?.headline ?? null, issueId: issue?.id ?? null,
      place: m.place ?? issue?.place ?? null, day: span.precision === 'day' ? span.from : null, year: bucket.slice(0, 4) || (yearOf?.slice(0, 4) ?? null),
      type: meetingType(m.name), people,
    }
    const month = bucket.length === 7 ? bucket : row.year ? `${row.year}-00` : '0000-00'
    if (month.endsWith('-00')) undated.set(row.year ?? '', (undated.get(row.year ?? '') ?? 0) + 1)
    pushTo(months, month, row)
  }
  const index: TimelineIndex = { total: 0, years: [], undated: [...undated].sort(([a], [b]) => byCodePoint(b, a)).map(([year, count]) => ({ year, count })) }
  const years = new Map<string, TimelineYear>()
  for (const [month, rows] of [...months].sort(([a], [b]) => byCodePoint(a, b))) {
    rows.sort((a, b) => byCodePoint(a.day ?? '', b.day ?? '') || byCodePoint(a.meeting.id, b.meeting.id))
    emit(viewFile.timelineMonth(month), rows)
    index.total += rows.length
    if (month.endsWith('-00')) continue
    const places: Record<string, number> = {}
    for (const r of rows) places[r.place ?? ''] = (places[r.place ?? ''] ?? 0) + 1
    const year = month.slice(0, 4)
    const entry = years.get(year) ?? years.set(year, { year, months: [] }).get(year)!
    entry.months.push({ month, count: rows.length, places })
  }
  for (const entry of years.values()) {
    emit(viewFile.timelineYear(entry.year), entry)
    index.years.push({ year: entry.year, count: entry.months.reduce((n, m) => n + m.count, 0), latest: entry.months.at(-1)!.month })
  }
  emit(viewFile.timelineIndex(), index)
}

function emitFigures(ctx: ViewContext, emit: Emit) {
  const byPlace = new Map<string, FigureRow[]>()
  for (const figure of ctx.facts.figures) {
    const issue = ctx.issueOf(figure.articleId)
    const row: FigureRow = { figure, place: issue?.place ?? null, day: issueDay(issue), date: issue ? issuePreciseDate(issue.date) : null, headline: ctx.articleById.get(figure.articleId)?.headline ?? null }
    pushTo(byPlace, row.place ?? '', row)
  }
  const index: FiguresIndex = { total: ctx.facts.figures.length, places: [] }
  for (const [key, rows] of [...byPlace].sort(([a], [b]) => byCodePoint(a, b))) {
    const place = key || null
    rows.sort((a, b) => byCodePoint(b.day ?? '', a.day ?? '') || byCodePoint(a.figure.id, b.figure.id))
    for (const page of pages(rows)) emit(viewFile.figures(place, null, page.page), page)
    const byLabel = groupBy(rows, (r) => r.figure.label)
    const labels = [...byLabel].sort(([a, x], [b, y]) => y.length - x.length || byCodePoint(a, b))
    const seriesByLabel = new Map<string, FigureSeries>()
    for (const [label, list] of labels) {
      for (const page of pages(list)) emit(viewFile.figures(place, label, page.page), page)
      const series = seriesOf(list)
      seriesByLabel.set(label, series)
      emit(viewFile.figureSeries(place, label), series)
    }
    index.places.push({
      place, count: rows.length,
      labels: labels.slice(0, LABELS_PER_PLACE).map(([label, list]) => {
        const series = seriesByLabel.get(label)!
        const main = series.reduce((a, b) => (b.points.length > a.points.length ? b : a), series[0] ?? { unit: list[0]!.figure.unit, points: [] })
        return { label, count: list.length, unit: main.unit, years: main.points.length }
      }),
    })
  }
  emit(viewFile.figuresIndex(), index)
}

/** One point a year per unit (the year the figure reports, else its page's), oldest first. */
function seriesOf(rows: readonly FigureRow[]): FigureSeries {
  const byUnit = new Map<string, Map<string, { value: number; raw: string; figureId: string }>>()
  for (const { figure, day } of [...rows].reverse()) {
    const year = String(figure.year ?? day?.slice(0, 4) ?? '')
    if (!year) continue
    const points = byUnit.get(figure.unit) ?? byUnit.set(figure.unit, new Map()).get(figure.unit)!
    if (!points.has(year)) points.set(year, { value: figure.value, raw: figure.raw, figureId: figure.id })
  }
  return [...byUnit].map(([unit, points]) => ({ unit, points: [...points].sort(([a], [b]) => byCodePoint(a, b)).map(([year, p]) => ({ year, ...p })) }))
}
