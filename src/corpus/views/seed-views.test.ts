// The files cut for a historian's views, over the bundled seed pages: who held an office on a day, and the records
// of appointments and meetings.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Manifest } from '../../shared/corpus-manifest'
import { holdersOn, type OfficesOfYear } from '../../shared/office-tenure'
import { viewFile } from '../../shared/views'
import type { AppointmentRow, AppointmentsIndex, MeetingView, OfficesIndex } from '../../shared/view-records'
import { buildInMemory } from '../io/build-in-memory'

const dir = join(import.meta.dirname, '../../../data/issues')
const { corpus, files } = await buildInMemory(readdirSync(dir).sort().map((f) => ({ path: f, bytes: readFileSync(join(dir, f)) })))
const manifest = JSON.parse(files.get('manifest.json') as string) as Manifest
const view = <T>({ path }: { path: string }): T | null => {
  const text = files.get(manifest.views + path)
  return typeof text === 'string' ? (JSON.parse(text) as T) : null
}

/** Who held `title` of `place` on `day`, with how it is known. */
const heldOn = (place: string, title: string, day: string) => {
  const year = view<OfficesOfYear>(viewFile.officesOn(place, day.slice(0, 4)))
  const office = year?.offices.find((o) => o.title === title)
  return office ? holdersOn(office, day).map((h) => `${h.holder.name}:${h.basis}`) : []
}

describe('the 班子 on a day', () => {
  it('names the county secretary of each day from the pages that show them', () => {
    expect(heldOn('平阳县', '县委书记', '2019-06-01')).toEqual(['董智武:seen-in-period'])
    expect(heldOn('平阳县', '县委书记', '2025-06-13')).toEqual(['孟晓斌:seen-on-day'])
  })

  it('places an appointed vice county head by the notice, from its day on', () => {
    expect(heldOn('平阳县', '副县长', '2025-03-01')).toContain('张峻榕:appointed')
    expect(heldOn('平阳县', '副县长', '2025-03-01')).not.toContain('陈国翰:seen-before')
  })

  it('opens on the archive\'s own county (the place most pages serve), the other places in pinyin order', () => {
    const places = view<OfficesIndex>(viewFile.officesIndex())!.places.map((p) => p.place)
    expect(places[0]).toBe('平阳县')
    const rest = places.filter((p) => !corpus.issues.some((i) => i.place === p))
    expect(rest).toEqual([...rest].sort(new Intl.Collator('zh-Hans-CN-u-co-pinyin').compare))
    expect(rest.slice(0, 2)).toEqual(['丽水市', '温州市'])
  })

  it('lists the years each place has, with its first and last days', () => {
    const place = view<OfficesIndex>(viewFile.officesIndex())!.places.find((p) => p.place === '平阳县')!
    expect(place.years).toEqual(expect.arrayContaining(['2019', '2025']))
    expect(place.earliest).toBe('2019-01-01')
    expect(place.latest).toBe('2025-06-13')
  })
})

describe('records of their own', () => {
  it('lists each place\'s appointments by year, with the notice\'s page and the person', () => {
    const index = view<AppointmentsIndex>(viewFile.appointmentsIndex())!
    const place = index.places.find((p) => p.place === '平阳县')!
    expect(place.years.map((y) => y.year)).toContain('2025')
    const rows = view<AppointmentRow[]>(viewFile.appointments('平阳县', '2025'))!
    const row = rows.find((r) => r.appointment.name === '张峻榕')!
    expect(row.appointment).toMatchObject({ action: 'appoint', title: '副县长', date: '2025-01-09' })
    expect(row.personId).toBeTruthy()
    expect(row.appointment.sentence).toContain('张峻榕')
    expect(index.total).toBe(corpus.appointments.length)
  })

  it('gives every meeting a page with its place, people and neighbours in the same body\'s series', () => {
    for (const m of corpus.meetings) expect(view<MeetingView>(viewFile.meeting(m.id))!.meeting.id).toBe(m.id)
    const session = corpus.meetings.find((m) => m.name === '县十七届人大常委会第二十二次会议')!
    const page = view<MeetingView>(viewFile.meeting(session.id))!
    expect(page.place).toBe('平阳县')
    expect(page.series.name).toBe('县人大常委会会议')
    expect(Object.keys(page.people)).toEqual(expect.arrayContaining(session.chair))
  })
})
