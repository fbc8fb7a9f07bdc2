// Two builds into one folder, and what killed builds leave beside it: the second build refuses while the first
// runs (a lock with its pid), takes over a lock whose build is gone, and removes the leftovers of killed builds.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { build, folderOf, GOOD_PAGE } from './run-builder.test-utils'

/** The pid of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid

describe('one build at a time into an output folder', () => {
  const input = folderOf({ 'a.txt': GOOD_PAGE })

  it('refuses while another build holds the folder, and changes nothing', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'xianbao-lock-')), 'corpus')
    const lock = join(dirname(out), `.${basename(out)}.lock`)
    // this test's own process stands for a build that is running
    writeFileSync(lock, String(process.pid))
    const run = build(input, out)
    expect(run.status).toBe(2)
    expect(run.stderr).toContain(`another build (pid ${process.pid}) is writing`)
    expect(existsSync(out)).toBe(false)
    expect(existsSync(lock)).toBe(true)
  })

  it('takes over the lock of a build that was killed, and leaves none behind', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'xianbao-lock-')), 'corpus')
    const lock = join(dirname(out), `.${basename(out)}.lock`)
    writeFileSync(lock, String(deadPid()))
    const run = build(input, out)
    expect(run.status, run.stderr).toBe(0)
    expect(existsSync(lock)).toBe(false)
  })

  it('removes what killed builds left: the folder being written, the corpus moved aside (put back), temporary pages', () => {
    const parent = mkdtempSync(join(tmpdir(), 'xianbao-stale-'))
    const out = join(parent, 'corpus')
    const dead = deadPid()
    mkdirSync(join(parent, `.corpus.building-${dead}`, 'views'), { recursive: true })
    // killed between the two renames of its commit: the output is missing, the previous corpus is aside
    mkdirSync(join(parent, `.corpus.previous-${dead}`))
    writeFileSync(join(parent, `.corpus.previous-${dead}`, 'manifest.json'), '{}')
    const pages = join(tmpdir(), `xianbao-pages-${dead}.abc123`)
    mkdirSync(pages)
    const run = build(input, out)
    expect(run.status, run.stderr).toBe(0)
    expect(readdirSync(parent).sort()).toEqual(['corpus'])
    expect(existsSync(pages)).toBe(false)
    expect(run.stderr).toContain(`removed .corpus.building-${dead}`)
  })
})
