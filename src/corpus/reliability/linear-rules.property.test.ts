// Every rule of the builder is linear in its input: for each family of line that once made a rule quadratic (a
// run of digits, a list of names, a notice of many clauses, an endless line of text, a name split by a run of
// spaces), a page of 1,000,000 characters costs about its share of one of 50,000, not its square. The lines are
// drawn by fast-check from the family's parts.
import { fc } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { buildInMemory } from '../io/build-in-memory'

const NAMES = ['张建国', '李红', '王志强', '赵敏', '陈立新', '刘洋', '杨帆', '黄海燕']
const POSTS = ['县财政局局长', '县教育局副局长', '县人民政府副县长', '县统计局局长']
const HEAD = '县委召开常委会会议\n\n本报讯 3月2日，县委召开常委会会议。\n\n'

/** A family: a line of about `chars` characters drawn from its parts with this seed. */
const FAMILIES: Record<string, (chars: number, seed: number) => string> = {
  'a run of digits': (chars, seed) => fc.sample(fc.constantFrom(...'0123456789'), { numRuns: chars, seed }).join(''),
  'names joined by 、': (chars, seed) => fc.sample(fc.constantFrom(...NAMES), { numRuns: Math.ceil(chars / 3.5), seed }).join('、'),
  'a notice of 任命 clauses': (chars, seed) => fc.sample(fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...POSTS)), { numRuns: Math.ceil(chars / 14), seed }).map(([n, p]) => `任命${n}为${p}`).join('；'),
  'an endless line of text': (chars, seed) => fc.sample(fc.constantFrom('县委', '召开', '会议', '研究', '部署', '工作', '强调', '落实', '发展', '项目'), { numRuns: Math.ceil(chars / 2), seed }).join(''),
  'a name split by a run of spaces': (chars) => `张${' '.repeat(chars)}三`,
}

/** Seconds to build one page of the family at this size (the best of `runs`, against the machine's noise). */
async function seconds(family: string, chars: number, runs: number): Promise<number> {
  const text = `${HEAD}${FAMILIES[family]!(chars, 7)}。\n`
  let best = Infinity
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    await buildInMemory([{ path: 'p.txt', bytes: new TextEncoder().encode(text) }])
    best = Math.min(best, (performance.now() - t0) / 1000)
  }
  return best
}

describe('rules linear in their input', () => {
  it.each(Object.keys(FAMILIES))('%s: 20 times the characters in well under 20 squared times the time', async (family) => {
    await seconds(family, 1000, 1)
    const small = await seconds(family, 50_000, 3)
    const large = await seconds(family, 1_000_000, 1)
    // a build has a fixed cost too (the lexicon is loaded once): a square would be 400 times
    expect(large, `${family}: ${small.toFixed(2)} s at 50k, ${large.toFixed(2)} s at 1M`).toBeLessThan(Math.max(60 * small, 4))
  }, 60_000)
})
