// A small deterministic PRNG (mulberry32): the same seed gives the same archive, on any machine.
export function random(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1))
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!
  /** a pick that favours the front of the list (Zipf-like): common surnames, common words */
  const skewed = <T>(xs: readonly T[]): T => xs[Math.floor(xs.length * next() ** 2.2)]!
  const chance = (p: number) => next() < p
  return { next, int, pick, skewed, chance }
}

export type Rng = ReturnType<typeof random>
