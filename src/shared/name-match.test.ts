import { describe, expect, it } from 'vitest'
import { nameKeys } from './name-keys'
import { matchesName } from './name-match'
import { findBuckets, queryBuckets } from './views'

describe('matchesName', () => {
  it('finds a name by characters, full pinyin with or without spaces, or initials', () => {
    expect(matchesName('孟晓斌', '晓斌', nameKeys('孟晓斌'))).toBe(true)
    expect(matchesName('孟晓斌', 'mengxiaobin', nameKeys('孟晓斌'))).toBe(true)
    expect(matchesName('孟晓斌', 'mxb', nameKeys('孟晓斌'))).toBe(true)
    expect(matchesName('曾上俊', 'zeng shangjun', nameKeys('曾上俊'))).toBe(true)
    expect(matchesName('曾上俊', 'ceng', nameKeys('曾上俊'))).toBe(false)
    expect(matchesName('曾上俊', 'mxb', nameKeys('曾上俊'))).toBe(false)
  })

  it('fetches a bucket that holds every name a query matches: by its rarest character, or by its pinyin', () => {
    const names = ['孟晓斌', '曾上俊', '孟建']
    const buckets = new Map<string, string[]>()
    for (const n of names) {
      const k = nameKeys(n)
      for (const b of findBuckets(n, k.pinyin, k.initials)) buckets.set(b, [...(buckets.get(b) ?? []), n])
    }
    const counts = Object.fromEntries([...buckets].map(([b, l]) => [b, l.length]))
    const found = (q: string) => [...new Set(queryBuckets(q, counts).flatMap((b) => buckets.get(b) ?? []))].filter((n) => matchesName(n, q, nameKeys(n)))
    expect(queryBuckets('孟晓', counts)).toEqual(['c晓'])
    expect(found('孟')).toEqual(['孟晓斌', '孟建'])
    expect(found('mxb')).toEqual(['孟晓斌'])
    expect(found('mengxiaobin')).toEqual(['孟晓斌'])
    expect(found('zengshangjun')).toEqual(['曾上俊'])
    expect(found('王')).toEqual([])
  })
})

describe('nameKeys.romanized', () => {
  it('writes a name as English does: the surname, then the given name as one word', () => {
    expect(nameKeys('孟晓斌').romanized).toBe('Meng Xiaobin')
    expect(nameKeys('曾上俊').romanized).toBe('Zeng Shangjun')
    expect(nameKeys('吕强').romanized).toBe('Lü Qiang')
  })
})
