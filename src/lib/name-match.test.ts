import { describe, expect, it } from 'vitest'
import { matchesName, pinyinKeys } from './name-match'

describe('matchesName', () => {
  it('finds a name by characters, full pinyin with or without spaces, or initials', async () => {
    const keys = await pinyinKeys(['孟晓斌', '曾上俊'])
    expect(matchesName('孟晓斌', '晓斌', keys.get('孟晓斌'))).toBe(true)
    expect(matchesName('孟晓斌', 'mengxiaobin', keys.get('孟晓斌'))).toBe(true)
    expect(matchesName('孟晓斌', 'mxb', keys.get('孟晓斌'))).toBe(true)
    expect(matchesName('曾上俊', 'zeng shangjun', keys.get('曾上俊'))).toBe(true)
    expect(matchesName('曾上俊', 'ceng', keys.get('曾上俊'))).toBe(false)
    expect(matchesName('曾上俊', 'mxb', keys.get('曾上俊'))).toBe(false)
  })
})
