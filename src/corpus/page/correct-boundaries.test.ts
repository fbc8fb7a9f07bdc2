// A historian's corrections of article boundaries on a seed page: two articles made one, one made two, every
// line still in an article, each correction kept on the page with what the articles were.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildInMemory } from '../io/build-in-memory'
import type { Correction } from '../corrections/parse-corrections'

const file = '002_44dc3695a8be58eb.txt'
const bytes = readFileSync(join(import.meta.dirname, '../../../data/issues', file))
const plain = await buildInMemory([{ path: file, bytes }])
const [a1, a2, a3] = plain.corpus.articles

describe('article boundary corrections', () => {
  it('joins the article holding a line to the one before it', async () => {
    const fix: Correction = { kind: 'boundary', source: file, action: 'join', at: a2!.source.lines[0], file: 'corrections.yaml', line: 3, note: null }
    const { corpus, unplaced } = await buildInMemory([{ path: file, bytes }], { corrections: [fix] })
    expect(corpus.articles).toHaveLength(plain.corpus.articles.length - 1)
    const joined = corpus.articles[0]!
    expect(joined.headline).toBe(a1!.headline)
    expect(joined.paragraphs.join('')).toContain(a2!.paragraphs.at(-1)!.slice(-10))
    expect(joined.source.lines).toEqual([a1!.source.lines[0], a2!.source.lines[1]])
    expect(unplaced).toEqual(plain.unplaced)
    expect(corpus.issues[0]!.corrections).toEqual([expect.objectContaining({ kind: 'boundary', line: 3 })])
    expect(corpus.corrections).toEqual([expect.objectContaining({ status: 'applied', line: 3 })])
  })

  it('splits an article at a line of its text, the later part an article of its own', async () => {
    const long = plain.corpus.articles.find((a) => a.paragraphs.length >= 3)!
    const at = long.source.lines[1]
    const fix: Correction = { kind: 'boundary', source: file, action: 'split', at, file: 'corrections.yaml', line: 7, note: '两篇' }
    const { corpus, unplaced } = await buildInMemory([{ path: file, bytes }], { corrections: [fix] })
    expect(corpus.articles).toHaveLength(plain.corpus.articles.length + 1)
    const i = plain.corpus.articles.indexOf(long)
    expect(corpus.articles[i]!.headline).toBe(long.headline)
    expect(corpus.articles[i + 1]!.source.lines[0]).toBe(at)
    expect(corpus.articles[i + 1]!.headline).toBeNull()
    expect(unplaced).toEqual(plain.unplaced)
  })

  it('records a correction that matches no article as matching nothing', async () => {
    const fix: Correction = { kind: 'boundary', source: file, action: 'join', at: a1!.source.lines[0], file: 'corrections.yaml', line: 9, note: null }
    const { corpus, diagnostics } = await buildInMemory([{ path: file, bytes }], { corrections: [fix] })
    expect(corpus.articles).toHaveLength(plain.corpus.articles.length)
    expect(corpus.corrections).toEqual([expect.objectContaining({ status: 'unmatched', line: 9 })])
    expect(diagnostics.some((d) => d.ruleId === 'corrections/unmatched')).toBe(true)
    expect(a3).toBeTruthy()
  })
})
