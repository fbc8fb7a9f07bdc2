// Stable ids from input paths: the same file gives the same id on every build.

/** "2021/songyang/p1.txt" → "2021--songyang--p1"; namesakes get -2, -3 in path order. */
export function issueIdFor(paths: string[]): string[] {
  const seen = new Map<string, number>()
  return paths.map((p) => {
    const base = p.replace(/\.[^./]+$/, '').replace(/\//g, '--').replace(/[^\w\u4e00-\u9fff-]/g, '_') || 'page'
    const n = (seen.get(base) ?? 0) + 1
    seen.set(base, n)
    return n === 1 ? base : `${base}-${n}`
  })
}
