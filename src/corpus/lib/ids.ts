// Stable ids from input paths: the same file gives the same id on every build, and no two files share one.
import { createHash } from 'node:crypto'

// a page of a PDF (paper.pdf#page=2) reads as paper-p2
const readable = (p: string) => p.replace(/\.pdf#page=(\d+)$/i, '-p$1').replace(/\.[^./]+$/, '').replace(/\//g, '--').replace(/[^\w\u4e00-\u9fff-]/g, '_') || 'page'
const hashOf = (p: string, length: number) => createHash('sha256').update(p).digest('hex').slice(0, length)

/**
 * "2021/songyang/p1.txt" → "2021--songyang--p1". Paths that read the same (p.txt and p.md, a b.txt and a_b.txt)
 * each take a hash of their own path, so an id never depends on which other files are there or their order.
 */
export function issueIdFor(paths: string[]): string[] {
  const count = new Map<string, number>()
  for (const p of paths) count.set(readable(p), (count.get(readable(p)) ?? 0) + 1)
  for (let length = 8; ; length += 4) {
    const ids = paths.map((p) => (count.get(readable(p))! > 1 ? `${readable(p)}-${hashOf(p, length)}` : readable(p)))
    if (new Set(ids).size === ids.length || length >= 64) return ids
  }
}
