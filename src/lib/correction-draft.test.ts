import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { correctionEntry } from './correction-draft'

describe('correctionEntry', () => {
  it('writes one entry of the corrections file that reads back as written', () => {
    const text = correctionEntry([['person', '张峻榕-温州市'], ['title', '副县长'], ['place', '平阳县'], ['set', { title: '副县长' }], ['note', '']])
    expect(text).toBe('- person: 张峻榕-温州市\n  title: 副县长\n  place: 平阳县\n  set: { title: 副县长 }\n  note: ""\n')
    expect(parse(text)).toEqual([{ person: '张峻榕-温州市', title: '副县长', place: '平阳县', set: { title: '副县长' }, note: '' }])
  })

  it('quotes what YAML would read otherwise: dates, numbers, words like yes, punctuation', () => {
    const text = correctionEntry([['page', '000_42da41f81e77db42.txt'], ['date', '2019-12-20'], ['place', 'yes'], ['note', 'a: b # c']])
    expect(parse(text)).toEqual([{ page: '000_42da41f81e77db42.txt', date: '2019-12-20', place: 'yes', note: 'a: b # c' }])
    expect(parse(correctionEntry([['merge', ['曾上俊-温州市', '2019']]]))).toEqual([{ merge: ['曾上俊-温州市', '2019'] }])
    expect(parse(correctionEntry([['figure', 'f1'], ['set', { value: 43480000, unit: '元' }]]))).toEqual([{ figure: 'f1', set: { value: 43480000, unit: '元' } }])
  })
})
