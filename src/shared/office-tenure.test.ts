import { describe, expect, it } from 'vitest'
import { holdersOn, protocolRank, type TenureHolder, type TenureOffice, yearsOfHolder } from './office-tenure'

const holder = (name: string, first: string | null, last: string | null, extra: Partial<TenureHolder> = {}): TenureHolder => ({
  personId: name, name, firstDate: first, lastDate: last, sightings: 1, articleIds: [], appointed: null, removed: null, ...extra,
})
const office = (title: string, holders: TenureHolder[]): TenureOffice => ({ id: title, title, holders })
const on = (o: TenureOffice, day: string) => holdersOn(o, day).map((x) => `${x.holder.name}:${x.basis}`)

describe('holdersOn', () => {
  const secretary = office('县委书记', [holder('董智武', '2019-01-01', '2019-12-31'), holder('孟晓斌', '2025-06-13', '2025-06-13')])

  it('names the holder seen in the period that holds the day, and the one seen that day', () => {
    expect(on(secretary, '2019-06-01')).toEqual(['董智武:seen-in-period'])
    expect(on(secretary, '2025-06-13')).toEqual(['孟晓斌:seen-on-day'])
  })

  it('keeps a holder seen before the day for a year, until a successor appears', () => {
    const o = office('县长', [holder('甲', '2020-01-05', '2021-03-01'), holder('乙', '2021-09-01', '2023-01-01')])
    expect(on(o, '2021-06-01')).toEqual(['甲:seen-before'])
    expect(on(o, '2021-10-01')).toEqual(['乙:seen-around'])
    expect(on(o, '2023-12-31')).toEqual(['乙:seen-before'])
    expect(on(o, '2024-01-02')).toEqual([])
  })

  it('takes an appointment notice over sightings, and a removal ends it', () => {
    const notice = (date: string, action: 'appoint' | 'remove') => ({ date, action, articleId: 'n', sentence: '' })
    const o = office('副县长', [
      holder('张峻榕', '2025-01-09', '2025-01-10', { appointed: notice('2025-01-09', 'appoint') }),
      holder('陈国翰', null, '2025-01-09', { removed: notice('2025-01-09', 'remove') }),
    ])
    expect(on(o, '2025-03-01')).toEqual(['张峻榕:appointed'])
    expect(on(o, '2025-01-08')).toEqual([])
  })

  it('does not say seen before and after a day that a page of a range only may hold', () => {
    // seen once, on a page the content dates to 9–15 January: the 10th is within it, not between two sightings
    const once = office('县长', [holder('甲', '2025-01-09', '2025-01-15', { firstSeenBy: '2025-01-15', lastSeenFrom: '2025-01-09' })])
    expect(on(once, '2025-01-10')).toEqual(['甲:seen-in-period'])
    // and again on 13 June: a sighting is certain on each side of 1 March, not of 10 January
    const twice = office('县长', [holder('甲', '2025-01-09', '2025-06-13', { firstSeenBy: '2025-01-15' })])
    expect(on(twice, '2025-03-01')).toEqual(['甲:seen-around'])
    expect(on(twice, '2025-01-10')).toEqual(['甲:seen-in-period'])
  })

  it('lets several people hold a shared office at once', () => {
    const o = office('副县长', [holder('甲', '2024-01-02', '2024-05-01'), holder('乙', '2024-03-01', '2024-06-01')])
    expect(on(o, '2024-04-01')).toEqual(['甲:seen-around', '乙:seen-around'])
    expect(on(o, '2024-07-01')).toEqual(['甲:seen-before', '乙:seen-before'])
  })
})

describe('protocolRank', () => {
  it('orders a county\'s leaders as the paper lists them', () => {
    const titles = ['副县长', '县政协主席', '县委常委', '县长', '县委书记', '县委副书记', '县人大常委会主任', '镇长', '常务副县长']
    expect([...titles].sort((a, b) => protocolRank(a) - protocolRank(b))).toEqual(['县委书记', '县长', '县人大常委会主任', '县政协主席', '县委副书记', '常务副县长', '县委常委', '副县长', '镇长'])
  })
})

describe('yearsOfHolder', () => {
  it('covers the years of the sightings and the year after the last one', () => {
    expect(yearsOfHolder(holder('甲', '2019-01-01', '2019-12-31'))).toEqual(['2019', '2020'])
    expect(yearsOfHolder(holder('乙', '2020-03-01', '2020-03-01', { removed: { date: '2020-06-01', action: 'remove', articleId: 'n', sentence: '' } }))).toEqual(['2020'])
  })
})
