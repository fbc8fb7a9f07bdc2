// What the search benchmark asks of an archive: its search documents read back from the term index's fragments
// (the texts the oracle scans), and the queries of each kind, chosen deterministically from the archive itself.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Person } from '../../src/shared/corpus-schema'
import type { Manifest } from '../../src/shared/corpus-manifest'
import { decodeChunk, type Fragment, indexFile, type TermIndexMeta } from '../../src/shared/search/chunked/format'
import { searchable } from '../../src/shared/search/chunked/terms'

export interface ArchiveIndex {
  corpus: string
  /** the term index's folder */
  folder: string
  meta: TermIndexMeta
  docs: Fragment[]
  /** each document's text as searched */
  texts: string[]
}

export function readArchiveIndex(corpus: string): ArchiveIndex {
  const manifest = JSON.parse(readFileSync(join(corpus, 'manifest.json'), 'utf8')) as Manifest
  const folder = join(corpus, manifest.search.file, '..')
  const meta = JSON.parse(readFileSync(join(folder, indexFile.meta), 'utf8')) as TermIndexMeta
  const docs: Fragment[] = []
  for (let i = 0; i < meta.fragments; i++) for (const d of JSON.parse(readFileSync(join(folder, indexFile.fragment(i)), 'utf8')) as Fragment[]) docs.push(d)
  return { corpus, folder, meta, docs, texts: docs.map((d) => searchable(d.text)) }
}

/** The bytes of the index's files by kind, as stored and as sent (brotli). */
export function indexSizes(folder: string) {
  const kinds: Record<string, { files: number; bytes: number; brotliBytes: number }> = {}
  for (const f of readdirSync(folder)) {
    if (/\.(br|gz)$/.test(f)) continue
    const kind = f.replace(/-\d+/, '').replace(/\.\w+$/, '')
    const k = (kinds[kind] ??= { files: 0, bytes: 0, brotliBytes: 0 })
    const size = statSync(join(folder, f)).size
    k.files++
    k.bytes += size
    k.brotliBytes += statSync(join(folder, `${f}.br`), { throwIfNoEntry: false })?.size ?? size
  }
  return kinds
}

function random(seed: number) {
  let s = seed
  return (n: number) => ((s = (s * 1103515245 + 12345) % 2147483648) >>> 12) % n
}

const CJK2 = /^[\u4e00-\u9fff]{2}$/

/**
 * The benchmark's queries: rare names (people named in at most three articles), the commonest two-character
 * words (the bigrams in most documents), and three words of one article (two characters each, apart).
 */
export function benchQueries(a: ArchiveIndex, n: number) {
  const next = random(17)
  const people = JSON.parse(readFileSync(join(a.corpus, 'people.json'), 'utf8')) as Person[]
  const rareNames = [...new Set(people.filter((p) => p.articleIds.length <= 3 && p.name.length >= 2).map((p) => p.name))]
  const rare = Array.from({ length: Math.min(n, rareNames.length) }, () => rareNames.splice(next(rareNames.length), 1)[0]!)
  const counts: { term: string; docs: number }[] = []
  for (let c = 0; c < a.meta.chunks.length; c++) {
    for (const e of decodeChunk(new Uint8Array(readFileSync(join(a.folder, indexFile.chunk(c)))))) if (CJK2.test(e.term)) counts.push({ term: e.term, docs: e.docCount })
  }
  const common = counts.sort((x, y) => y.docs - x.docs).slice(0, n).map((c) => c.term)
  const threeWords: string[] = []
  while (threeWords.length < n) {
    const t = a.texts[next(a.texts.length)]!
    if (t.length < 40) continue
    const words = [0, 1, 2].map((k) => Math.floor((t.length / 3) * k) + next(Math.floor(t.length / 3) - 2)).map((at) => t.slice(at, at + 2))
    if (words.every((w) => CJK2.test(w)) && new Set(words).size === 3) threeWords.push(words.join(' '))
  }
  return { rare, common, threeWords }
}

/** Substrings of 2–6 characters cut from the documents' texts, and single characters: the oracle's queries. */
export function oracleQueries(a: ArchiveIndex, n: number): string[] {
  const next = random(29)
  const out = new Set<string>()
  while (out.size < n) {
    const t = a.texts[next(a.texts.length)]!
    const len = out.size % 10 === 0 ? 1 : 2 + next(5)
    if (t.length <= len) continue
    const at = next(t.length - len)
    out.add(t.slice(at, at + len))
  }
  return [...out]
}

/** The documents holding a string, by brute force over the texts. */
export function bruteForce(texts: string[], q: string): number[] {
  const out: number[] = []
  for (let i = 0; i < texts.length; i++) if (texts[i]!.includes(q)) out.push(i)
  return out
}
