import { describe, expect, it } from 'vitest'
import type { PreciseDate } from '../../precise-date'
import type { SearchDoc } from '../search-docs'
import type { StreamedResult } from './chunked-search'
import { indexFile, type TermIndexMeta } from './format'
import { memoryIndex } from './memory-index.test-utils'
import { searchable } from './terms'

/** A deterministic generator (LCG), so a failure can be replayed. */
function random(seed: number) {
  let s = seed
  // the high bits: the low bits of a power-of-two LCG repeat with short periods
  return (n: number) => ((s = (s * 1103515245 + 12345) % 2147483648) >>> 12) % n
}

// a small alphabet makes common bigrams (many blocks); a few rare characters make rare terms (inline postings)
const COMMON = '县委书记会议发展工作经济建设干部群众主持召开全体人民政府'
const RARE = '甲乙丙丁戊己庚辛壬癸'
const PLACES = ['平阳县', '松阳县', '莲都区']

function docs(n: number, seed = 7): SearchDoc[] {
  const next = random(seed)
  const out: SearchDoc[] = []
  for (let i = 0; i < n; i++) {
    const len = 20 + next(120)
    let text = ''
    for (let k = 0; k < len; k++) text += next(40) === 0 ? RARE[next(RARE.length)] : next(60) === 0 ? (next(2) ? ' ' : '\n') : COMMON[next(COMMON.length)]
    // newest first: the day falls as the number rises
    const day = new Date(Date.UTC(2024, 11, 31) - Math.floor(i / 3) * 86_400_000).toISOString().slice(0, 10)
    const date: PreciseDate = { precision: 'day', from: day, to: day, inferred: false }
    // a rare name, in four documents far apart
    if (i % 131 === 5) text += '欧阳修远'
    const head = text.slice(0, 8)
    out.push({ id: `a${i}`, text, body: [Math.min(9, text.length), text.length], headline: head, kind: next(3) ? 'news' : 'notice', place: PLACES[next(3)]!, paper: null, day, date, people: next(4) ? [] : ['王甲乙'] })
  }
  return out
}

const build = memoryIndex

const brute = (all: SearchDoc[], include: string[], exclude: string[] = []) =>
  all.filter((d) => include.every((t) => searchable(d.text).includes(searchable(t))) && !exclude.some((t) => searchable(d.text).includes(searchable(t)))).map((d) => d.id)

describe('the term index', () => {
  const all = docs(400)
  const { meta, search, files } = build(all)

  it('is cut into many chunks, block files and fragments at a small layout', () => {
    expect(meta.docs).toBe(400)
    expect(meta.chunks.length).toBeGreaterThan(10)
    expect(meta.blockFiles).toBeGreaterThan(10)
    expect(meta.fragments).toBe(Math.ceil(400 / 3))
    expect(files.has(indexFile.meta)).toBe(true)
  })

  it('finds exactly the brute-force documents for 500 sampled substrings of 2–6 characters and every single character', async () => {
    const next = random(3)
    const queries: string[] = [...new Set([...COMMON, ...RARE])]
    for (let i = 0; i < 500; i++) {
      const t = searchable(all[next(all.length)]!.text)
      const len = 2 + next(5)
      const at = next(Math.max(1, t.length - len))
      queries.push(t.slice(at, at + len))
    }
    queries.push('不在文中', '甲甲甲')
    for (const q of queries) expect(await search.matching(q), q).toEqual(brute(all, [q]))
  })

  it('finds exactly what brute force finds for several terms and exclusions', async () => {
    const next = random(5)
    for (let i = 0; i < 100; i++) {
      const a = COMMON.slice(next(COMMON.length - 2)).slice(0, 2)
      const b = RARE[next(RARE.length)]! + COMMON[next(COMMON.length)]
      const c = COMMON.slice(next(COMMON.length - 3)).slice(0, 3)
      expect(await search.matching(`${a} ${c}`), `${a} ${c}`).toEqual(brute(all, [a, c]))
      expect(await search.matching(`${a} -${b}`), `${a} -${b}`).toEqual(brute(all, [a], [b]))
      expect(await search.matching(`${c} -"${b}"`), `${c} -${b}`).toEqual(brute(all, [c], [b]))
    }
  })

  it('applies place, kind, person and date filters as the documents say', async () => {
    const f = { place: '松阳县', kind: 'news', person: '王甲乙', from: '2024-10', to: '2024-11' }
    const expected = brute(all, ['会议']).filter((id) => {
      const d = all.find((x) => x.id === id)!
      return d.place === f.place && d.kind === f.kind && d.people.includes(f.person) && d.day! >= '2024-10-01' && d.day! <= '2024-11-30'
    })
    expect(expected.length).toBeGreaterThan(0)
    expect(await search.matching('会议', f)).toEqual(expected)
    expect(await search.matching('会议', { place: '不存在县' })).toEqual([])
  })

  it('counts every result, and its histogram by month sums to the total', async () => {
    const r = await search.search('会议', {}, 10)
    expect(r.complete).toBe(true)
    expect(r.total).toBe(brute(all, ['会议']).length)
    expect(r.hits).toHaveLength(10)
    expect(r.histogram.reduce((n, b) => n + b.count, 0)).toBe(r.total)
    expect(r.histogram.map((b) => b.month)).toEqual(['2024-08', '2024-09', '2024-10', '2024-11', '2024-12'])
  })

  it('marks every hit in a snippet and orders newest first, oldest first, or exact phrases first', async () => {
    const r = await search.search('会议', {}, 5)
    for (const h of r.hits) {
      expect(h.marks.length).toBeGreaterThan(0)
      for (const [a, b] of h.marks) expect(h.snippet.slice(a, b)).toBe('会议')
    }
    const ids = brute(all, ['会议'])
    expect((await search.search('会议', { sort: 'oldest' }, 3)).hits.map((h) => h.id)).toEqual(ids.slice(-3).reverse())
    const ranked = await search.search('会 议', {}, 1000)
    const exact = ranked.hits.map((h) => h.exact)
    expect(exact.indexOf(false)).toBeGreaterThan(0)
    expect(exact.slice(exact.indexOf(false))).not.toContain(true)
    expect(ranked.hits.filter((h) => h.exact).map((h) => h.id)).toEqual(brute(all, ['会议']))
  })
})

describe('a reader that keeps little', () => {
  it('answers queries run at once exactly, though each drops what the others decoded', async () => {
    const all = docs(400)
    const queries = ['会议', '县委书记', '发展 工作', '经济 -建设', '书记会', '政府'].flatMap((q) => [q, q, q])
    const expected = queries.map((q) => brute(all, q.split(' ').filter((t) => !t.startsWith('-')), q.split(' ').filter((t) => t.startsWith('-')).map((t) => t.slice(1))))
    for (const decodedBytes of [1, 30, 100, 300, 1000]) {
      const { search } = memoryIndex(all, undefined, undefined, { fileBytes: 2000, decodedBytes })
      const answers = await Promise.all(queries.map((q) => search.matching(q)))
      queries.forEach((q, i) => expect(answers[i], `${q} keeping ${decodedBytes}`).toEqual(expected[i]))
    }
  })
})

describe('what a query fetches', () => {
  it('a rare term: its chunk and the fragments of its results, no block file and no dates', async () => {
    const all = docs(400)
    const { search, loaded } = build(all)
    const rare = '欧阳修远'
    const r = await search.search(rare, {}, 50)
    expect(r.total).toBe(4)
    expect(loaded.filter((p) => p.startsWith('blocks-') || p === indexFile.dates)).toEqual([])
  })

  it('words of one or two characters read documents alone: no positions file', async () => {
    const all = docs(400)
    const { search, loaded } = build(all)
    expect(await search.matching('会议')).toEqual(brute(all, ['会议']))
    // the phrase of the two characters (exact matches first) is a bigram too
    const r = await search.search('会 议', {}, 1000)
    expect(r.hits.map((h) => h.id).sort()).toEqual(brute(all, ['会', '议']).sort())
    expect(r.hits.filter((h) => h.exact).map((h) => h.id)).toEqual(brute(all, ['会议']))
    expect(loaded.filter((p) => p.startsWith('blocks-')).length).toBeGreaterThan(0)
    expect(loaded.filter((p) => p.startsWith('pos-'))).toEqual([])
  })

  it('a longer term reads the positions of only the blocks whose documents hold all its bigrams', async () => {
    const all = docs(400)
    const { search, loaded, meta } = build(all)
    // three characters of common bigrams that few documents hold together
    const text = searchable(all[0]!.text)
    const q = Array.from({ length: text.length - 2 }, (_, i) => text.slice(i, i + 3)).find((t) => brute(all, [t]).length <= 3)!
    expect(await search.matching(q)).toEqual(brute(all, [q]))
    const read = new Set(loaded.filter((p) => p.startsWith('pos-')))
    expect(read.size).toBeGreaterThan(0)
    expect(read.size).toBeLessThan(meta.positionFiles / 4)
  })

  it('a common word streams: a first page from its newest blocks, then the count from all of them', async () => {
    const all = docs(400)
    const { search, loaded } = build(all)
    const stream = search.stream('会', {}, 5)
    const first = (await stream.next()).value as StreamedResult
    expect(first.complete).toBe(false)
    expect(first.hits.map((h) => h.id)).toEqual(brute(all, ['会']).slice(0, 5))
    const blocksForFirst = new Set(loaded.filter((p) => p.startsWith('blocks-'))).size
    let last = first
    for await (const r of stream) last = r
    expect(last.complete).toBe(true)
    expect(last.total).toBe(brute(all, ['会']).length)
    expect(last.hits).toEqual(first.hits)
    expect(new Set(loaded.filter((p) => p.startsWith('blocks-'))).size).toBeGreaterThan(blocksForFirst)
  })
})

describe('the meta file', () => {
  it('names each chunk by its first term, in code-unit order', () => {
    const { meta } = build(docs(200)) as { meta: TermIndexMeta }
    expect([...meta.chunks].sort()).toEqual(meta.chunks)
  })
})
