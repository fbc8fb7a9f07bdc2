// A cache of earlier builds damaged on disk (a disk that filled, a file emptied, cut short, edited by hand): every
// entry is checked before it is used, a bad one is removed, built again and reported, and the corpus is the one a
// cold build gives.
import { mkdtempSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { build, folderOf, GOOD_PAGE } from './run-builder.test-utils'

const filesIn = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesIn(join(dir, e.name)) : [join(dir, e.name)]))

/** Every file of a corpus folder but its copies and the build's own report, by path, with its bytes. */
const corpusFiles = (out: string) =>
  Object.fromEntries(filesIn(out).filter((f) => !/\.(br|gz)$/.test(f) && !f.endsWith('corpus-report.json')).map((f) => [relative(out, f), readFileSync(f, 'utf8')]))

describe('a damaged cache of earlier builds', () => {
  const input = folderOf({ 'a.txt': GOOD_PAGE, 'b/c.txt': GOOD_PAGE.replace('第十次', '第十一次') })
  const cache = mkdtempSync(join(tmpdir(), 'xianbao-cache-'))
  const cold = build(input, undefined, {}, ['--cache', cache])
  const entries = filesIn(cache)
  const runs = entries.filter((f) => f.endsWith('.run'))
  const passes = entries.filter((f) => f.endsWith('.pass'))

  it('holds the entries it damages here', () => {
    expect(cold.status, cold.stderr).toBe(0)
    expect(runs.length).toBeGreaterThan(0)
    expect(passes.length).toBe(2)
  })

  it.each([
    ['a search segment emptied', () => truncateSync(runs[0]!, 0)],
    ['a search segment cut short', () => truncateSync(runs[0]!, Math.floor(statSync(runs[0]!).size / 2))],
    ['a page entry replaced by {}', () => writeFileSync(passes[0]!, '{}')],
    ['a page entry cut short', () => truncateSync(passes[1]!, Math.floor(statSync(passes[1]!).size / 2))],
  ])('%s: removed, rebuilt and reported; the corpus is the cold build', (_, damage) => {
    damage()
    const out = mkdtempSync(join(tmpdir(), 'xianbao-out-'))
    const run = build(input, out, {}, ['--cache', cache])
    expect(run.status, run.stderr).toBe(0)
    expect(run.diagnostics.filter((d) => d.ruleId === 'cache/damaged')).toHaveLength(1)
    expect(corpusFiles(out)).toEqual(corpusFiles(cold.out))
    // and the next build finds a whole cache again
    const again = build(input, mkdtempSync(join(tmpdir(), 'xianbao-out-')), {}, ['--cache', cache])
    expect(again.diagnostics.filter((d) => d.ruleId === 'cache/damaged')).toEqual([])
  })
})

describe('a damaged corpus folder', () => {
  it('is built again, not found "up to date": a view deleted, a shard cut short', () => {
    const input = folderOf({ 'a.txt': GOOD_PAGE })
    const cache = mkdtempSync(join(tmpdir(), 'xianbao-cache-'))
    const out = mkdtempSync(join(tmpdir(), 'xianbao-out-'))
    const first = build(input, out, {}, ['--cache', cache])
    const whole = corpusFiles(out)
    expect(build(input, out, {}, ['--cache', cache]).stderr).toContain('is up to date')
    const manifest = JSON.parse(whole['manifest.json']!) as { views: string; articleShards: string[] }
    writeFileSync(join(out, manifest.views, 'home.json'), '')
    truncateSync(join(out, manifest.articleShards[0]!), 10)
    const again = build(input, out, {}, ['--cache', cache])
    expect(again.stderr).not.toContain('is up to date')
    expect(again.status, again.stderr).toBe(first.status)
    expect(corpusFiles(out)).toEqual(whole)
  })
})
