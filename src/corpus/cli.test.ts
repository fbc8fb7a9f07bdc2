// The whole builder as a user runs it: npm run corpus -- --in DIR --out DIR.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import type { Article, Issue } from '../shared/corpus-schema'
import type { Manifest } from '../shared/corpus-manifest'
import { termIndexFiles, type TermIndexMeta } from '../shared/search/chunked/format'
import { viewFile } from '../shared/views'
import type { OfflineIndex, OfflinePart } from '../shared/view-records'

const root = new URL('../..', import.meta.url).pathname

function runCli(input: string) {
  const out = mkdtempSync(join(tmpdir(), 'xianbao-corpus-'))
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/corpus/cli.ts', '--in', input, '--out', out], {
    cwd: root, encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000' },
  })
  const json = <T>(file: string): T => JSON.parse(readFileSync(join(out, file), 'utf8')) as T
  return { out, status: run.status, stderr: run.stderr, json }
}

const filesIn = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesIn(join(dir, e.name)).map((f) => `${e.name}/${f}`) : [e.name])).sort()

describe('corpus CLI on the bundled pages', () => {
  const run = runCli('data/issues')

  it('exits 0 and writes every file of the contract', () => {
    expect(run.status, run.stderr).toBe(0)
    const manifest = run.json<Manifest>('manifest.json')
    // the reader's manifest: the same but for the list of article shards, which grows with the archive
    const { articleShards, ...rest } = manifest
    expect(articleShards.length).toBeGreaterThan(0)
    expect(run.json<Record<string, unknown>>('reader.json')).toEqual(rest)
    expect(manifest.schemaVersion).toBe(1)
    for (const f of ['issues.json', 'people.json', 'meetings.json', 'appointments.json', 'figures.json', 'offices.json', ...manifest.articleShards]) {
      expect(() => run.json(f), f).not.toThrow()
    }
    const articles = manifest.articleShards.flatMap((s) => run.json<Article[]>(s))
    const issues = run.json<Issue[]>('issues.json')
    expect(manifest.counts).toMatchObject({ issues: 5, articles: articles.length })
    expect(issues.map((i) => i.source)).toEqual(readdirSync(join(root, 'data/issues')).filter((f) => f.endsWith('.txt')).sort())
    expect(new Set(issues.flatMap((i) => i.articleIds))).toEqual(new Set(articles.map((a) => a.id)))
  })

  it('places every non-blank input line in an article or a block', () => {
    const report = run.json<{ unplacedLines: unknown[]; failed: string[] }>('corpus-report.json')
    expect(report.unplacedLines).toEqual([])
    expect(report.failed).toEqual([])
    expect(run.stderr).toMatch(/5\/5 pages built, 0 failed .* 0 unplaced lines/)
  })

  it('gives byte-identical output and the same ids on a second build', () => {
    const again = runCli('data/issues')
    expect(filesIn(again.out)).toEqual(filesIn(run.out))
    for (const f of filesIn(run.out)) {
      expect(readFileSync(join(again.out, f)).equals(readFileSync(join(run.out, f))), f).toBe(true)
    }
  })

  it('writes a brotli and a gzip copy beside every file of 512 bytes or more, each the same bytes', () => {
    const big = filesIn(run.out).filter((f) => !isCopy(f) && readFileSync(join(run.out, f)).length >= 512)
    expect(big.length).toBeGreaterThan(20)
    for (const f of big) {
      const bytes = readFileSync(join(run.out, f))
      expect(brotliDecompressSync(readFileSync(join(run.out, `${f}.br`))).equals(bytes), f).toBe(true)
      expect(gunzipSync(readFileSync(join(run.out, `${f}.gz`))).equals(bytes), f).toBe(true)
    }
  })

  it('writes the search index with the documents in its order, and only the files the manifest lists', () => {
    const manifest = run.json<Manifest>('manifest.json')
    expect(filesIn(run.out).filter((f) => f.startsWith('search/') && !isCopy(f))).toEqual(searchFiles(manifest, run.out))
    const meta = run.json<TermIndexMeta>(manifest.search.file)
    expect(meta.docs).toBe(manifest.counts.articles)
    // the fragments hold every article once, newest first
    const folder = dirname(manifest.search.file)
    const ids = termIndexFiles(meta).filter((f) => f.startsWith('frag-')).flatMap((f) => run.json<{ id: string }[]>(`${folder}/${f}`).map((d) => d.id))
    expect(new Set(ids).size).toBe(manifest.counts.articles)
  })

  it('lists every file of the views and of the search index once, with its size, for saving the archive offline', () => {
    const manifest = run.json<Manifest>('manifest.json')
    const index = run.json<OfflineIndex>(`${manifest.views}${viewFile.offlineIndex().path}`)
    const parts = Array.from({ length: index.parts }, (_, n) => run.json<OfflinePart>(`${manifest.views}${viewFile.offlinePart(n).path}`))
    const searchFolder = `${dirname(manifest.search.file)}/`
    const listed = parts.flatMap((p) => [...p.views.map(([f, n]) => [manifest.views + f, n] as const), ...p.search.map(([f, n]) => [searchFolder + f, n] as const)])
    const onDisk = filesIn(run.out).filter((f) => (f.startsWith(manifest.views) || f.startsWith(searchFolder)) && !isCopy(f) && !f.startsWith(`${manifest.views}offline/`))
    expect(listed.map(([f]) => f).sort()).toEqual(onDisk)
    for (const [f, n] of listed) expect(readFileSync(join(run.out, f)).length, f).toBe(n)
    expect(index).toEqual({ files: listed.length, bytes: listed.reduce((sum, [, n]) => sum + n, 0), parts: parts.length })
  })

  it('leaves no stale shard or search file when a smaller corpus is built into the same folder', () => {
    const one = mkdtempSync(join(tmpdir(), 'xianbao-one-'))
    cpSync(join(root, 'src/corpus/__fixtures__/pages/plain.txt'), join(one, 'plain.txt'))
    const out = mkdtempSync(join(tmpdir(), 'xianbao-rebuilt-'))
    cpSync(run.out, out, { recursive: true })
    const rerun = spawnSync(process.execPath, ['--import', 'tsx', 'src/corpus/cli.ts', '--in', one, '--out', out], { cwd: root, encoding: 'utf8' })
    expect(rerun.status, rerun.stderr).toBe(0)
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest
    // search files live in a folder named by their content: another corpus, another folder
    expect(dirname(manifest.search.file)).not.toBe(dirname(run.json<Manifest>('manifest.json').search!.file))
    const listed = [...manifest.articleShards, ...searchFiles(manifest, out)].sort()
    expect(filesIn(out).filter((f) => f.includes('/') && !f.startsWith(manifest.views) && !isCopy(f))).toEqual(listed)
    // the view files of one build only, under the folder the manifest names
    expect(filesIn(out).filter((f) => f.startsWith('views/')).every((f) => f.startsWith(manifest.views))).toBe(true)
  })
})

/** A compressed copy of a file (name.json.br, name.json.gz). */
const isCopy = (f: string) => /\.(br|gz)$/.test(f)

/** Every search file a manifest's index lists, sorted. */
function searchFiles(manifest: Manifest, out: string): string[] {
  const meta = JSON.parse(readFileSync(join(out, manifest.search.file), 'utf8')) as TermIndexMeta
  return termIndexFiles(meta).map((f) => `${dirname(manifest.search.file)}/${f}`).sort()
}

describe('corpus CLI rebuilding', () => {
  const cache = mkdtempSync(join(tmpdir(), 'xianbao-cache-'))
  const pagesDir = mkdtempSync(join(tmpdir(), 'xianbao-pages-'))
  cpSync(join(root, 'data/issues'), pagesDir, { recursive: true })
  const out = join(mkdtempSync(join(tmpdir(), 'xianbao-out-')), 'corpus')
  const build = () => spawnSync(process.execPath, ['--import', 'tsx', 'src/corpus/cli.ts', '--in', pagesDir, '--out', out, '--cache', cache], {
    cwd: root, encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000' },
  })
  const snapshot = () => new Map(filesIn(out).map((f) => [f, readFileSync(join(out, f))]))

  it('builds an unchanged input again from nothing but a check: the output already holds it', () => {
    expect(build().status).toBe(0)
    const before = snapshot()
    const again = build()
    expect(again.status).toBe(0)
    expect(again.stderr).toMatch(/is up to date: the same 5 pages/)
    expect(snapshot()).toEqual(before)
  })

  it('builds over a corpus of an older builder, whatever its manifest holds', () => {
    writeFileSync(join(out, 'manifest.json'), JSON.stringify({ schemaVersion: 1, search: { segments: [{ index: 7 }] }, views: 3 }))
    const rebuilt = build()
    expect(rebuilt.status, rebuilt.stderr).toBe(0)
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).views).toMatch(/^views\//)
  })

  it('parses only a changed page again, and recomputes the facts of the whole corpus', () => {
    const page = readdirSync(pagesDir).sort()[0]!
    writeFileSync(join(pagesDir, page), `${readFileSync(join(pagesDir, page), 'utf8')}\n\n县委书记王明远主持召开专题会议。\n`)
    const rebuilt = build()
    expect(rebuilt.status, rebuilt.stderr).toBe(0)
    expect(rebuilt.stderr).toMatch(/5\/5 pages built.* 4 pages from the cache/)
    const people = JSON.parse(readFileSync(join(out, 'people.json'), 'utf8')) as { name: string }[]
    expect(people.map((p) => p.name)).toContain('王明远')
  })
})

describe('corpus CLI on bad input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xianbao-bad-'))
  cpSync(join(root, 'src/corpus/__fixtures__/pages/plain.txt'), join(dir, 'good.txt'))
  mkdirSync(join(dir, 'nested/2021'), { recursive: true })
  writeFileSync(join(dir, 'nested/2021/gbk.txt'), iconv.encode(readFileSync(join(root, 'src/corpus/__fixtures__/pages/columns.txt'), 'utf8'), 'gbk'))
  writeFileSync(join(dir, 'crlf.txt'), readFileSync(join(root, 'src/corpus/__fixtures__/pages/plain.txt'), 'utf8').replace(/\n/g, '\r\n'))
  writeFileSync(join(dir, 'empty.txt'), '')
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))
  writeFileSync(join(dir, 'garbled.txt'), Buffer.concat([Buffer.from('第一行\n'), Buffer.from([0xff, 0xfe, 0xfd, 0x80, 0xff])]))
  writeFileSync(join(dir, 'broken-front-matter.txt'), '---\npaper: [示例报\n---\n本报讯（记者 李明）昨天，会议召开。\n')
  writeFileSync(join(dir, 'no-article.txt'), ' 05要闻·莲都\n')
  const run = runCli(dir)

  it('builds the good files, GBK and CRLF included, and exits 1', () => {
    expect(run.status).toBe(1)
    const sources = run.json<Issue[]>('issues.json').map((i) => i.source)
    expect(sources).toEqual(['broken-front-matter.txt', 'crlf.txt', 'good.txt', 'nested/2021/gbk.txt', 'no-article.txt'])
    const gbk = run.json<Issue[]>('issues.json').find((i) => i.source === 'nested/2021/gbk.txt')!
    expect(gbk.place).toBe('鹿城区')
    expect(gbk.articleIds.length).toBeGreaterThan(0)
  })

  it('names each bad file, the problem and the line', () => {
    expect(run.stderr).toMatch(/empty\.txt: error the file is empty/)
    expect(run.stderr).toMatch(/binary\.txt:\d+: error the file is binary/)
    expect(run.stderr).toMatch(/garbled\.txt:2: error undecodable bytes/)
    expect(run.stderr).toMatch(/broken-front-matter\.txt:\d: warning broken front matter/)
    expect(run.stderr).toMatch(/no-article\.txt: warning no article could be found/)
    const report = run.json<{ failed: string[]; diagnostics: Record<string, unknown[]> }>('corpus-report.json')
    expect(report.failed).toEqual(['binary.txt', 'empty.txt', 'garbled.txt'])
    expect(Object.keys(report.diagnostics)).toEqual(expect.arrayContaining(['input/empty', 'input/binary', 'input/encoding', 'front-matter/yaml', 'segment/no-articles']))
  })

  it('tells the reader the archive is partial: the manifest lists the files not read, with why', () => {
    const { unread } = run.json<Manifest>('reader.json')
    expect(unread.count).toBe(3)
    expect(unread.files.map((f) => f.file)).toEqual(['binary.txt', 'empty.txt', 'garbled.txt'])
    expect(unread.files.find((f) => f.file === 'empty.txt')?.reason).toMatch(/empty/)
  })

  it('refuses a missing input folder with exit code 2', () => {
    expect(runCli(join(dir, 'nope')).status).toBe(2)
  })
})

describe('corpus CLI with a corrections file', () => {
  const work = mkdtempSync(join(tmpdir(), 'xianbao-corrected-'))
  const pagesDir = join(work, 'issues')
  cpSync(join(root, 'data/issues'), pagesDir, { recursive: true })
  const out = join(work, 'corpus')
  const cache = join(work, 'cache')
  const build = () => spawnSync(process.execPath, ['--import', 'tsx', 'src/corpus/cli.ts', '--in', pagesDir, '--out', out, '--cache', cache], {
    cwd: root, encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000' },
  })
  const json = <T>(file: string): T => JSON.parse(readFileSync(join(out, file), 'utf8')) as T

  it('applies corrections.yaml beside the input folder and records each entry in the corpus and the report', () => {
    writeFileSync(join(work, 'corrections.yaml'), '- merge: [曾上俊-温州市, 陈栋-温州市]\n- page: nothing.txt\n  date: 2020\n- oops: 1\n')
    const run = build()
    // an entry that cannot be read is not applied: built, with exit 1, as for a line of a page that cannot be read
    expect(run.status, run.stderr).toBe(1)
    expect(run.stderr).toMatch(/corrections\/invalid/)
    expect(json<Manifest>('manifest.json').corrections).toEqual({ applied: 1, unmatched: 1 })
    expect(json<{ status: string }[]>('corrections.json').map((c) => c.status)).toEqual(['applied', 'unmatched'])
    const report = json<{ corrections: unknown[]; diagnostics: Record<string, unknown[]> }>('corpus-report.json')
    expect(report.corrections).toHaveLength(2)
    expect(report.diagnostics['corrections/invalid']).toHaveLength(1)
  })

  it('builds again when only the corrections change', () => {
    writeFileSync(join(work, 'corrections.yaml'), '- merge: [曾上俊-温州市, 陈栋-温州市]\n')
    const run = build()
    expect(run.stderr).not.toMatch(/is up to date/)
    expect(json<Manifest>('manifest.json').corrections).toEqual({ applied: 1, unmatched: 0 })
  })
})

describe('corpus CLI: the counts of the manifest are those of what was written', () => {
  // a split correction makes one article two; every later pass must read the page as corrected, whether the
  // page comes back from the cache or is built again because the cache could not keep it
  const work = mkdtempSync(join(tmpdir(), 'xianbao-counts-'))
  const pagesDir = join(work, 'issues')
  cpSync(join(root, 'data/issues'), pagesDir, { recursive: true })
  const build = (cache: string) => {
    const out = mkdtempSync(join(tmpdir(), 'xianbao-counts-out-'))
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/corpus/cli.ts', '--in', pagesDir, '--out', out, '--cache', cache, '--quiet'], {
      cwd: root, encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000' },
    })
    const json = <T>(file: string): T => JSON.parse(readFileSync(join(out, file), 'utf8')) as T
    return { run, json }
  }
  const plain = build(join(work, 'cache0'))
  const long = plain.json<Manifest>('manifest.json').articleShards.flatMap((s) => plain.json<Article[]>(s)).find((a) => a.source.lines[1] - a.source.lines[0] >= 6)!
  // a paragraph of its body after a blank line, well below its headline and lead
  const pageLines = readFileSync(join(pagesDir, long.source.file), 'utf8').split('\n')
  let at = long.source.lines[0] + 6
  while (at < long.source.lines[1] && !(pageLines[at - 1]!.trim() && !pageLines[at - 2]!.trim())) at++
  writeFileSync(join(work, 'corrections.yaml'), `- page: ${long.source.file}\n  split: ${at}\n`)

  for (const [name, cache] of [['a writable cache', join(work, 'cache1')], ['a cache that cannot be written', '/dev/null/cache']] as const) {
    it(`with ${name}`, () => {
      const { run, json } = build(cache)
      expect(run.status, run.stderr).toBe(0)
      const manifest = json<Manifest>('manifest.json')
      const articles = manifest.articleShards.flatMap((s) => json<Article[]>(s))
      expect(manifest.counts.articles).toBe(articles.length)
      expect(articles.length).toBe(plain.json<Manifest>('manifest.json').counts.articles + 1)
      expect(new Set(json<Issue[]>('issues.json').flatMap((i) => i.articleIds))).toEqual(new Set(articles.map((a) => a.id)))
    })
  }
})
