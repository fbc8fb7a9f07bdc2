import { describe, expect, it } from 'vitest'
import { readDocsPart, SEARCH_PART_BYTES, searchIndexFiles } from './index-files'
import { byteSize, engineFromFiles } from './index-files.test-utils'
import type { SearchDoc } from './search-docs'
import { SearchEngine } from './search-engine'
import { preciseSpan } from '../precise-date'

const doc = (id: string, day: string | null, text: string): SearchDoc => ({ id, text, body: [0, text.length], headline: null, kind: 'news', place: null, day, date: preciseSpan(day, day), people: [] })
const docs = [
  // a text may begin with U+FEFF and hold characters outside the BMP
  doc('bom', '2023-05-01', '\ufeff首行𠮷字\n县委书记'),
  ...Array.from({ length: 120 }, (_, i) => doc(`a${i}`, i % 7 ? `2024-0${1 + (i % 9)}-1${i % 10}` : null, `第${i}篇：县委书记主持会议，研究部署${i % 2 ? '共同富裕' : '乡村振兴'}工作。`)),
]

describe('search index files', () => {
  const { files, manifest } = searchIndexFiles(docs, 2000)

  it('lists every file it writes in the manifest entry, documents newest first', () => {
    expect([...files.keys()].sort()).toEqual([...manifest.docs.flatMap((p) => [p.meta, p.text]), ...manifest.index.map((p) => p.file)].sort())
    expect(manifest.docs.length).toBeGreaterThan(3)
    expect(manifest.index.some((p) => p.file.endsWith('.bin'))).toBe(true)
    const days = engineFromFiles(files, manifest).documents.map((d) => d.day ?? '')
    expect(days).toEqual([...days].sort().reverse())
  })

  it('keeps each file near the size asked: far below the precache limit at the default size', () => {
    expect(Math.max(...[...files.values()].map(byteSize))).toBeLessThan(2000 + 400)
    expect(SEARCH_PART_BYTES).toBeLessThanOrEqual(2 ** 21 / 2)
  })

  it('gives back every document exactly, and imports into an engine that answers as the one built in place', () => {
    const imported = engineFromFiles(files, manifest)
    const built = SearchEngine.fromDocs(docs)
    while (!built.indexSome(50));
    expect(imported.ready).toBe(true)
    expect(imported.documents).toEqual(built.documents)
    for (const q of ['共同富裕', '乡村 -共同', '第11篇', '书记主持', '𠮷字']) expect(imported.search(q)).toEqual(built.search(q))
  })

  it('refuses a text file that does not belong to its documents', () => {
    const [first, second] = manifest.docs
    const stored = JSON.parse(files.get(first!.meta) as string)
    expect(() => readDocsPart(second!.text, stored, (files.get(second!.text) as Uint8Array).slice().buffer)).toThrow(/characters of a text/)
  })

  it('writes the same bytes for the same documents', () => {
    const again = searchIndexFiles(docs, 2000).files
    expect([...again.keys()]).toEqual([...files.keys()])
    for (const [f, c] of files) expect(Buffer.from(again.get(f)!).equals(Buffer.from(c)), f).toBe(true)
  })
})
