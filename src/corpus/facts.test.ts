// Careers and offices across the bundled pages: the claims a local historian checks first.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildInMemory } from './io/build-in-memory'

const dir = new URL('../../data/issues', import.meta.url).pathname
const { corpus } = await buildInMemory(readdirSync(dir).map((f) => ({ path: f, bytes: readFileSync(join(dir, f)) })))

describe('people and offices across the bundled pages', () => {
  it('shows 曾上俊 as 县政协主席 in 2019 and 县人大常委会主任 in 2025, each with its source sentence', () => {
    const p = corpus.people.find((x) => x.name === '曾上俊')!
    const roles = p.roles.map((r) => [r.title, r.place, r.firstDate?.slice(0, 4)])
    expect(roles).toEqual([['县政协主席', '平阳县', '2019'], ['县人大常委会主任', '平阳县', '2025']])
    expect(p.roles[0]!.evidence[0]!.sentence).toContain('县政协主席曾上俊')
  })

  it('keeps a deputy who resigned from the congress as a person: a deputy is no office', () => {
    const p = corpus.people.find((x) => x.name === '周泳')!
    expect(p.roles).toEqual([])
    expect(corpus.appointments.find((a) => a.name === '周泳')).toMatchObject({ action: 'resign', title: '县人大代表' })
  })

  it('lists 董智武 before 孟晓斌 as 平阳县 县委书记', () => {
    const office = corpus.offices.find((o) => o.place === '平阳县' && o.title === '县委书记')!
    expect(office.holders.map((h) => h.name)).toEqual(['董智武', '孟晓斌'])
  })

  it('dates 张峻榕 as 副县长 from 2025-01-09 and 陈国翰 as one until then', () => {
    const roleOf = (name: string) => corpus.people.find((x) => x.name === name)!.roles.find((r) => r.title === '副县长')!
    expect(roleOf('张峻榕').firstDate).toBe('2025-01-09')
    expect(roleOf('陈国翰').lastDate).toBe('2025-01-09')
  })

  it('puts 县政协十六届四十三次主席会议 on 2025-01-08, chaired by 陈栋', () => {
    expect(corpus.meetings.find((m) => m.name === '县政协十六届四十三次主席会议')).toMatchObject({ date: { value: '2025-01-08' }, chair: ['陈栋'] })
  })

  it('links every person, meeting, appointment and figure to an article that exists', () => {
    const ids = new Set(corpus.articles.map((a) => a.id))
    for (const x of [...corpus.meetings, ...corpus.appointments, ...corpus.figures]) expect(ids.has(x.articleId)).toBe(true)
    for (const p of corpus.people) expect(p.articleIds.every((id) => ids.has(id))).toBe(true)
  })
})
