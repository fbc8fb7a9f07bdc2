// A full disk while the corpus is written: the build fails with exit 2 naming what it could not write, and the
// corpus built before stays whole. Needs a small tmpfs, so it runs as root only and says why when it cannot.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { build, folderOf, GOOD_PAGE } from './run-builder.test-utils'

const disk = mkdtempSync(join(tmpdir(), 'xianbao-small-disk-'))
const mounted = process.getuid?.() === 0 && spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=400k', 'tmpfs', disk]).status === 0
if (!mounted) console.warn(`full-disk case skipped: mounting a small tmpfs needs root and mount (uid ${process.getuid?.()})`)
afterAll(() => {
  if (mounted) spawnSync('umount', [disk])
})

describe('a full disk', () => {
  it.skipIf(!mounted)('34 fails the build with exit 2 and leaves the previous corpus whole', () => {
    const out = join(disk, 'corpus')
    const small = build(folderOf({ 'good.txt': GOOD_PAGE }), out)
    expect(small.status, small.stderr).toBe(0)
    const before = readFileSync(join(out, 'manifest.json'), 'utf8')
    // pages enough to fill what is left of the disk
    const many = Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`p${i}.txt`, GOOD_PAGE.replaceAll('方林', `方林${i}`).replaceAll('1200', String(1200 + i))]))
    const full = build(folderOf(many), out)
    expect(full.status).toBe(2)
    expect(full.stderr).toMatch(/ENOSPC/)
    expect(full.stderr).toContain(out)
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe(before)
    const manifest = JSON.parse(before) as { articleShards: string[] }
    for (const shard of manifest.articleShards) expect(() => JSON.parse(readFileSync(join(out, shard), 'utf8'))).not.toThrow()
    expect(readdirSync(disk).filter((f) => f.startsWith('.'))).toEqual([])
  }, 60_000)
})
