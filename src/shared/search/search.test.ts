// The oracle: for substrings sampled from the built corpus, search returns exactly the articles that hold them,
// from the term index written to files and read back, as the worker does.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildInMemory } from '@/corpus/io/build-in-memory'
import { normalise } from './normalise'
import { memoryIndex } from './chunked/memory-index.test-utils'
import { parseQuery } from './query'
import { type SearchDoc, toSearchDocs } from './search-docs'
import { preciseSpan } from '../precise-date'
import { articleOf, issueOf } from '../corpus-records.test-utils'
import { snippet } from './snippet'

const dirs = ['../../../data/issues', '../../corpus/__fixtures__/pages'].map((d) => new URL(d, import.meta.url).pathname)
const { corpus } = await buildInMemory(dirs.flatMap((dir) => readdirSync(dir).map((f) => ({ path: f, bytes: readFileSync(join(dir, f)) }))))
const docs = toSearchDocs(corpus.articles, corpus.issues, corpus.people)
const texts = docs.map((d) => normalise(d.text))
const truth = (term: string) => texts.flatMap((t, i) => (t.includes(normalise(term)) ? [docs[i]!.id] : [])).sort()

/** The term index the builder writes, cut small so that it comes in many chunks and blocks. */
const byDay = (d: SearchDoc) => d.day ?? ''
const { search: engine } = memoryIndex([...docs].sort((a, b) => (byDay(a) < byDay(b) ? 1 : byDay(a) > byDay(b) ? -1 : 0)))

/** A deterministic sample of substrings of 2–6 characters from the corpus text. */
function sample(n: number): string[] {
  const out = new Set<string>()
  let seed = 7
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648)
  while (out.size < n) {
    const t = texts[next() % texts.length]!
    const len = 2 + (next() % 5)
    if (t.length <= len) continue
    const at = next() % (t.length - len)
    out.add(t.slice(at, at + len))
  }
  return [...out]
}

describe('search, read from the term index in chunks and blocks, against the oracle', () => {
  const found = async (query: string) => (await engine.matching(query)).sort()

  it('returns exactly the articles holding each of 500 sampled substrings of 2–6 characters', async () => {
    const wrong: string[] = []
    for (const term of sample(500)) if (JSON.stringify(await found(term)) !== JSON.stringify(truth(term))) wrong.push(term)
    expect(wrong).toEqual([])
  })

  it('returns every article holding a single character', async () => {
    const chars = [...new Set(texts.join(''))].filter((_, i) => i % 7 === 0)
    expect(chars.length).toBeGreaterThan(100)
    for (const ch of [...chars, '县', '会', '。', '的', '鳌', '3']) expect(await found(ch), ch).toEqual(truth(ch))
  })

  it('does not match characters that are only scattered: 董智武 is not 董事长王智在武术馆', async () => {
    const { search } = memoryIndex([{ id: 'a', text: '董事长王智在武术馆', body: [0, 9], headline: null, kind: 'news', place: null, day: null, date: preciseSpan(null, null), people: [] }])
    expect(await search.matching('董智武')).toEqual([])
  })

  it('needs every word, excludes -words, and keeps spaces inside quotes', async () => {
    expect(parseQuery('董智武 慈善 -鳌江 "三比 三看"')).toEqual({ include: ['董智武', '慈善', '三比 三看'], exclude: ['鳌江'], phrase: '董智武慈善三比 三看' })
    expect(await found('董智武 慈善')).toEqual(truth('董智武').filter((id) => truth('慈善').includes(id)))
    expect(await found('董智武 -慈善')).toEqual(truth('董智武').filter((id) => !truth('慈善').includes(id)))
  })

  it('ranks articles holding the words as one phrase first and filters by place, kind and date', async () => {
    const r = await engine.search('县委 书记')
    expect(r.hits[0]!.exact).toBe(true)
    const inPlace = await engine.search('会议', { place: '莲都区' })
    expect(inPlace.total).toBeGreaterThan(0)
    expect(inPlace.hits.every((h) => h.place === '莲都区')).toBe(true)
    expect((await engine.search('会议', { kind: 'notice' })).hits.every((h) => h.kind === 'notice')).toBe(true)
    expect((await engine.search('会议', { from: '2025-01-01' })).hits.every((h) => (h.day ?? '') >= '2025-01-01')).toBe(true)
  })

  it('counts results per month for the histogram', async () => {
    const r = await engine.search('会议')
    expect(r.histogram.reduce((n, b) => n + b.count, 0)).toBe(r.total)
  })

  it('keeps a page known only by its year in that year: found by any range within it, counted in the year, not January', async () => {
    const all = (await engine.search('的', {}, 10_000)).hits
    const yearOnly = all.filter((h) => h.date.precision === 'year' && h.date.from!.startsWith('2019'))
    expect(yearOnly.length).toBeGreaterThan(0)
    const later = (await engine.search('的', { from: '2019-03', to: '2019-12' }, 10_000)).hits.map((h) => h.id)
    expect(later).toEqual(expect.arrayContaining(yearOnly.map((h) => h.id)))
    const histogram = (await engine.search('的', { from: '2019-01', to: '2019-12' })).histogram
    expect(histogram.find((b) => b.month === '2019')?.count).toBe(yearOnly.length)
    expect(histogram.find((b) => b.month === '2019-01')).toBeUndefined()
  })

  it('marks every hit in a snippet around the first one', () => {
    const s = snippet('前文。'.repeat(30) + '县委书记董智武主持，董智武强调。', ['董智武'])
    expect(s.snippet.startsWith('…')).toBe(true)
    expect(s.marks.map(([a, b]) => s.snippet.slice(a, b))).toEqual(['董智武', '董智武'])
  })
})

describe('search results name the paper', () => {
  it('gives a hit the paper of its page, before its place', async () => {
    const issue = { ...issueOf('平阳县', '2025-06-13', undefined, 'p'), paper: '平阳报' }
    const { search } = memoryIndex(toSearchDocs([articleOf(['县委书记孟晓斌主持会议。'], 'p-a01')], [issue], () => []))
    expect((await search.search('孟晓斌')).hits[0]).toMatchObject({ paper: '平阳报', place: '平阳县' })
  })
})
