import { describe, expect, it } from 'vitest'
import { unitOfYear, unitToday } from './gazetteer'
import { buildInMemory } from '../io/build-in-memory'

describe('the gazetteer by year', () => {
  it('follows a unit to what it is called today', () => {
    expect(unitToday('610623')?.name).toBe('子长市')
    expect(unitToday('612623')?.name).toBe('子长市')
    expect(unitToday('330326')).toBeNull()
  })

  it('picks among one place\'s units the one of the year, else the latest before it', () => {
    const units = [{ from: 1981, until: 1996 }, { from: 1996, until: 2019 }, { from: 2019, until: null }]
    expect(unitOfYear(units, 2014)).toBe(units[1])
    expect(unitOfYear(units, 1990)).toBe(units[0])
    expect(unitOfYear(units, null)).toBe(units[2])
  })

  it('gives a page the place as it was, with the code, and the name it has today', async () => {
    const page = '我县召开会议\n\n\u3000\u3000本报讯 2014年7月28日，子长县召开医改工作推进会，我县各部门负责人参加。\n'
    const { corpus } = await buildInMemory([{ path: 'a.txt', bytes: new TextEncoder().encode(page) }])
    expect(corpus.issues[0]).toMatchObject({ place: '子长县', placeCode: '610623', placeNow: '子长市' })
  })
})
