import { describe, expect, it } from 'vitest'
import { issueIdFor } from './ids'

describe('issueIdFor', () => {
  it('reads the path', () => expect(issueIdFor(['2021/songyang/p1.txt'])).toEqual(['2021--songyang--p1']))

  it('never gives two files one id, whatever their names', () => {
    for (const paths of [['p.txt', 'p.md', 'p-2.txt'], ['a b.txt', 'a_b.txt'], ['x/y.txt', 'x--y.txt']]) {
      const ids = issueIdFor(paths)
      expect(new Set(ids).size, paths.join(' ')).toBe(paths.length)
    }
  })

  it('gives a file the same id whatever order the files come in', () => {
    const a = issueIdFor(['p.txt', 'p.md', 'q.txt'])
    const b = issueIdFor(['q.txt', 'p.md', 'p.txt'])
    expect(b).toEqual([a[2], a[1], a[0]])
  })
})
