import { describe, expect, it } from 'vitest'
import { readIndexPart, SEARCH_PART_BYTES, searchIndexFiles } from './index-files'
import type { SearchDoc } from './search-docs'
import { SearchEngine } from './search-engine'

const doc = (id: string, day: string | null, text: string): SearchDoc => ({ id, text, body: [0, text.length], headline: null, kind: 'news', place: null, day, dayLabel: day, people: [] })
const docs = Array.from({ length: 120 }, (_, i) => doc(`a${i}`, i % 7 ? `2024-0${1 + (i % 9)}-1${i % 10}` : null, `第${i}篇：县委书记主持会议，研究部署${i % 2 ? '共同富裕' : '乡村振兴'}工作。`))

const asBuffer = (c: string | Uint8Array) => (typeof c === 'string' ? new TextEncoder().encode(c) : c).slice().buffer

describe('search index files', () => {
  it('lists every file it writes in the manifest entry, documents newest first', () => {
    const { files, manifest } = searchIndexFiles(docs, 2000)
    expect([...files.keys()].sort()).toEqual([...manifest.docs, ...manifest.index.map((p) => p.file)].sort())
    expect(manifest.docs.length).toBeGreaterThan(3)
    expect(manifest.index.some((p) => p.file.endsWith('.bin'))).toBe(true)
    const days = manifest.docs.flatMap((f) => JSON.parse(files.get(f) as string) as SearchDoc[]).map((d) => d.day ?? '')
    expect(days).toEqual([...days].sort().reverse())
  })

  it('keeps each file near the size asked: far below the precache limit at the default size', () => {
    const { files } = searchIndexFiles(docs, 2000)
    expect(Math.max(...[...files.values()].map((c) => asBuffer(c).byteLength))).toBeLessThan(2000 + 400)
    expect(SEARCH_PART_BYTES).toBeLessThanOrEqual(2 ** 21 / 2)
  })

  it('imports back into an engine that answers as the one built in place', () => {
    const { files, manifest } = searchIndexFiles(docs, 2000)
    const imported = SearchEngine.inExportOrder(manifest.docs.flatMap((f) => JSON.parse(files.get(f) as string)))
    expect(imported.ready).toBe(false)
    imported.importIndex(manifest.index.map(({ key, file }) => readIndexPart(key, file, asBuffer(files.get(file)!))))
    expect(imported.ready).toBe(true)
    const built = SearchEngine.fromDocs(docs)
    while (!built.indexSome(50));
    for (const q of ['共同富裕', '乡村 -共同', '第11篇', '书记主持']) expect(imported.search(q)).toEqual(built.search(q))
  })

  it('writes the same bytes for the same documents', () => {
    const a = searchIndexFiles(docs, 2000).files
    const b = searchIndexFiles(docs, 2000).files
    expect([...a].map(([f, c]) => [f, Buffer.from(asBuffer(c)).toString('base64')])).toEqual([...b].map(([f, c]) => [f, Buffer.from(asBuffer(c)).toString('base64')]))
  })
})
