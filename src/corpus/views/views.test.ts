// The files cut for views, over a generated archive large enough for every list to take several pages: each view
// finds what it shows in its own files, and together the files hold every record of the contract's files.
import { describe, expect, it } from 'vitest'
import { generateArchive } from '../../../bench/archive/generate-archive'
import type { Manifest } from '../../shared/corpus-manifest'
import { nameKeys } from '../../shared/name-keys'
import { matchesName } from '../../shared/name-match'
import { PAGE_SIZE, queryBuckets, viewFile } from '../../shared/views'
import { issuePreciseDate } from '../../shared/precise-date'
import type { Paged, ArticleView, CalendarDays, CalendarIndex, CalendarMonth, FiguresIndex, FigureRow, IssueView, AppointmentRow, AppointmentsIndex, MeetingRow, MeetingView, OfficeEntry, OfficesIndex, OfficeView, PeopleIndex, PersonEntry, PersonFound, PersonView, TimelineIndex, TimelineYear } from '../../shared/view-records'
import { buildInMemory } from '../io/build-in-memory'

const pages = [...generateArchive({ articles: 1500, seed: 3 })].map((p) => ({ path: p.path, bytes: new TextEncoder().encode(p.text) }))
const { corpus, files } = await buildInMemory(pages)
const manifest = JSON.parse(files.get('manifest.json') as string) as Manifest
const view = <T>({ path }: { path: string }): T => {
  const text = files.get(manifest.views + path)
  if (typeof text !== 'string') throw new Error(`no view file ${path}`)
  return JSON.parse(text) as T
}
const allPages = <T>(first: Paged<T>, path: (n: number) => { path: string }): T[] => [
  ...first.items, ...Array.from({ length: first.pages - 1 }, (_, i) => view<Paged<T>>(path(i + 2)).items).flat(),
]

describe('files cut for views', () => {
  it('puts every view file under the folder of its build, named in the manifest', () => {
    expect(manifest.views).toBe(`views/${manifest.corpusVersion}/`)
    expect([...files.keys()].filter((f) => f.startsWith('views/')).every((f) => f.startsWith(manifest.views))).toBe(true)
  })

  it('links a page to the first pages of its paper\'s previous and next issues', () => {
    const dated = corpus.issues.filter((i) => i.date.value && i.page === 1 && i.place === corpus.issues[0]!.place).sort((a, b) => (a.date.value! < b.date.value! ? -1 : 1))
    const middle = dated[Math.floor(dated.length / 2)]!
    const page = view<IssueView>(viewFile.issue(middle.id))
    expect(page.prevIssue?.id).toBe(dated[dated.indexOf(middle) - 1]!.id)
    expect(page.nextIssue?.id).toBe(dated[dated.indexOf(middle) + 1]!.id)
    expect(view<IssueView>(viewFile.issue(dated[0]!.id)).prevIssue).toBeNull()
  })

  it('gives every article and every page a file of its own, found by its id', () => {
    for (const a of corpus.articles) expect(view<ArticleView>(viewFile.article(a.id)).article.id).toBe(a.id)
    for (const i of corpus.issues) {
      const page = view<IssueView>(viewFile.issue(i.id))
      expect(page.articles.map((a) => a.id)).toEqual(i.articleIds)
      expect(page.sameDay.map((s) => s.id)).toContain(i.id)
    }
  })

  it('lists a day\'s pages together, page 1 among them, however each names its paper', () => {
    const days = new Map<string, string[]>()
    for (const i of corpus.issues) if (i.date.value) days.set(`${i.place}|${i.date.value}`, [...(days.get(`${i.place}|${i.date.value}`) ?? []), i.id])
    for (const [, ids] of [...days].slice(0, 40)) {
      expect(view<IssueView>(viewFile.issue(ids[0]!)).sameDay.map((s) => s.id).sort()).toEqual([...ids].sort())
    }
    expect(Math.max(...[...days.values()].map((d) => d.length))).toBe(8)
  })

  it('cuts the calendar by place and month, holding every page once, a month\'s pages all of that month, a day only where it is known', () => {
    const index = view<CalendarIndex>(viewFile.calendarIndex())
    // pages whose day is known, by place and year: what the coverage's days count
    const dayPages = new Map<string, number>()
    const listed = index.places.flatMap((p) => [
      ...p.years.flatMap((y) => y.months.flatMap((m) => {
        const month = `${y.year}-${String(m).padStart(2, '0')}`
        const file = view<CalendarMonth>(viewFile.calendarMonth(p.place, month))
        const spans = file.issues.map((i) => issuePreciseDate(i.date))
        expect(file.issues.every((i, n) => spans[n]!.from!.startsWith(month) && spans[n]!.to!.startsWith(month) && i.place === p.place)).toBe(true)
        dayPages.set(`${p.place}|${y.year}`, (dayPages.get(`${p.place}|${y.year}`) ?? 0) + spans.filter((d) => d.precision === 'day').length)
        return file.issues.map((i) => i.id)
      })),
      ...(p.undated ? allPages(view<Paged<{ id: string }>>(viewFile.calendarUndated(p.place, 1)), (n) => viewFile.calendarUndated(p.place, n)).map((i) => i.id) : []),
    ])
    expect(listed.sort()).toEqual(corpus.issues.map((i) => i.id).sort())
    expect(index.places.every((p) => p.years.every((y) => y.months.length > 0 && y.pages > 0))).toBe(true)
    for (const p of index.places) for (const y of p.years) {
      expect(Object.values(view<CalendarDays>(viewFile.calendarDays(p.place, y.year)).days).reduce((n, c) => n + c, 0)).toBe(dayPages.get(`${p.place}|${y.year}`))
    }
  })

  it('pages the people directory, everyone once, the people seen most first', () => {
    const index = view<PeopleIndex>(viewFile.peopleIndex())
    const first = view<Paged<PersonEntry>>(viewFile.peoplePage(null, 1))
    expect(first.pages).toBeGreaterThan(1)
    expect(first.items).toHaveLength(PAGE_SIZE)
    const all = allPages(first, (n) => viewFile.peoplePage(null, n))
    expect(all.map((p) => p.id).sort()).toEqual(corpus.people.map((p) => p.id).sort())
    expect(index.total).toBe(corpus.people.length)
    expect(all.map((p) => p.articles)).toEqual([...all.map((p) => p.articles)].sort((a, b) => b - a))
  })

  it('finds every person by name and by pinyin from the buckets a query names', () => {
    const index = view<PeopleIndex>(viewFile.peopleIndex())
    const find = (q: string) => queryBuckets(q, index.buckets).flatMap((b) => {
      const file = files.get(manifest.views + viewFile.peopleFind(b).path)
      return typeof file === 'string' ? (JSON.parse(file) as PersonFound[]) : []
    }).filter((p) => matchesName(p.name, q, p))
    for (const p of corpus.people.slice(0, 200)) {
      expect(find(p.name).map((x) => x.id)).toContain(p.id)
      expect(find(nameKeys(p.name).pinyin).map((x) => x.id)).toContain(p.id)
      expect(find(nameKeys(p.name).initials).map((x) => x.id)).toContain(p.id)
    }
  })

  it('gives each person a file with their lists in pages that hold all their articles', () => {
    const busiest = [...corpus.people].sort((a, b) => b.articleIds.length - a.articleIds.length)[0]!
    expect(busiest.articleIds.length).toBeGreaterThan(PAGE_SIZE)
    const person = view<PersonView>(viewFile.person(busiest.id))
    const articles = allPages(person.articles, (n) => viewFile.personArticles(busiest.id, n))
    expect(articles.map((a) => a.id).sort()).toEqual([...busiest.articleIds].sort())
    expect(person.person.roles.every((r) => r.evidence.length <= 3)).toBe(true)
  })

  it('cuts the timeline by month: the months hold every held meeting once', () => {
    const index = view<TimelineIndex>(viewFile.timelineIndex())
    const years = index.years.map((y) => view<TimelineYear>(viewFile.timelineYear(y.year)))
    expect(years.map((y) => y.months.at(-1)!.month)).toEqual(index.years.map((y) => y.latest))
    const months = [...years.flatMap((y) => y.months.map((m) => m.month)), ...index.undated.map((u) => `${u.year || '0000'}-00`)]
    const rows = months.flatMap((m) => view<MeetingRow[]>(viewFile.timelineMonth(m)))
    expect(rows.map((r) => r.meeting.id).sort()).toEqual(corpus.meetings.filter((m) => m.status === 'held').map((m) => m.id).sort())
    expect(index.total).toBe(rows.length)
  })

  it('cuts figures by place and label, and each label has its series by unit', () => {
    const index = view<FiguresIndex>(viewFile.figuresIndex())
    const byPlace = index.places.flatMap((p) => allPages(view<Paged<FigureRow>>(viewFile.figures(p.place, null, 1)), (n) => viewFile.figures(p.place, null, n)))
    expect(byPlace).toHaveLength(corpus.figures.length)
    const place = index.places[0]!
    const label = place.labels[0]!
    expect(view<Paged<FigureRow>>(viewFile.figures(place.place, label.label, 1)).total).toBe(label.count)
    expect(view<{ unit: string }[]>(viewFile.figureSeries(place.place, label.label)).map((s) => s.unit)).toContain(label.unit)
  })

  it('pages each place\'s offices with their latest holder, every holder in the office\'s own file', () => {
    const index = view<OfficesIndex>(viewFile.officesIndex())
    const listed = index.places.flatMap((p) => allPages(view<Paged<OfficeEntry>>(viewFile.offices(p.place, 1)), (n) => viewFile.offices(p.place, n)))
    expect(listed).toHaveLength(corpus.offices.length)
    for (const entry of listed) {
      const office = corpus.offices.find((o) => o.id === entry.id)!
      expect(entry.holderCount).toBe(office.holders.length)
      expect(entry.holders.map((h) => h.personId)).toEqual([office.holders.at(-1)!.personId])
      expect(view<OfficeView>(viewFile.office(entry.id)).holders.map((h) => h.personId)).toEqual(office.holders.map((h) => h.personId))
    }
    expect(listed.some((o) => o.holderCount > 1)).toBe(true)
  })

  it('holds every appointment once in its place\'s year, and orders a meeting\'s series by 届 and 次', () => {
    const index = view<AppointmentsIndex>(viewFile.appointmentsIndex())
    const rows = index.places.flatMap((p) => p.years.flatMap((y) => view<AppointmentRow[]>(viewFile.appointments(p.place, y.year))))
    expect(rows).toHaveLength(corpus.appointments.length)
    const numbered = corpus.meetings.filter((m) => m.session.number !== null)
    const page = numbered.map((m) => view<MeetingView>(viewFile.meeting(m.id))).find((v) => v.series.before.length && v.series.after.length)!
    const order = [...page.series.before, { session: page.meeting.session }, ...page.series.after].map((r) => (r.session.term ?? 0) * 1000 + (r.session.number ?? 0))
    expect(order).toEqual([...order].sort((a, b) => a - b))
    expect(page.series.total).toBeGreaterThan(page.series.before.length + page.series.after.length)
  })
})
