// The one orchestrator (build-corpus.ts) over pages held in memory, its files written to a map: what the tests and
// benchmarks build with, so that they run the CLI's own path — the page cache, the papers' consensus, the
// corrections, the views and the search index — and read the corpus back from what was written.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Correction } from '../corrections/parse-corrections'
import type { Diagnostic } from '../lib/diagnostics'
import type { Paper } from '../papers/papers-file'
import { COLLECTIONS, type Article, type Corpus } from '../../shared/corpus-schema'
import { type Manifest } from '../../shared/corpus-manifest'
import type { CorpusSink } from '../output'
import { type Built, buildCorpus } from './build-corpus'
import { PageCache } from './page-cache'
import type { PageInput as PipelinePageInput } from '../pipeline'

/** A page: its path relative to the input folder (with / separators) and its bytes. */
export type PageInput = Pick<PipelinePageInput, 'path' | 'bytes'>

export interface MemoryBuild {
  /** every file written, by its path in the output folder */
  files: Map<string, string | Uint8Array>
  manifest: Manifest
  /** the contract's collections and every article, as read back from the files */
  corpus: Corpus
  diagnostics: Diagnostic[]
  unplaced: Built['unplaced']
  failed: string[]
  papers: Built['papers']
}

export interface MemoryBuildOptions {
  corrections?: readonly Correction[]
  papers?: readonly Paper[]
  generatedAt?: string
}

/** A sink that keeps what is written. */
function memorySink(files: Map<string, string | Uint8Array>): CorpusSink {
  return {
    write: (path, content) => void files.set(path, content),
    writeParts: (path, parts) => void files.set(path, [...parts].join('')),
    move: (from, to) => {
      for (const [path, content] of [...files]) {
        if (!path.startsWith(`${from}/`)) continue
        files.delete(path)
        files.set(to + path.slice(from.length), content)
      }
    },
  }
}

export async function buildInMemory(inputs: readonly PageInput[], options: MemoryBuildOptions = {}): Promise<MemoryBuild> {
  const sorted = [...inputs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const bytes = new Map(sorted.map((p) => [p.path, p.bytes]))
  const cacheRoot = mkdtempSync(join(tmpdir(), 'xianbao-memory-build-'))
  const files = new Map<string, string | Uint8Array>()
  try {
    const corrections = options.corrections ?? []
    const built = await buildCorpus(
      sorted.map((p) => ({ path: p.path })), (f) => bytes.get(f.path) ?? null, new PageCache(cacheRoot, 'memory'), () => memorySink(files),
      options.generatedAt ?? new Date(0).toISOString(), () => {}, () => false,
      { list: corrections, key: JSON.stringify(corrections) }, options.papers ?? [],
    )
    if (built.upToDate || !built.manifest) throw new Error(`the build wrote no corpus: ${built.upToDate ? 'up to date' : built.errors.join('; ')}`)
    const json = <T>(path: string): T => JSON.parse(String(files.get(path))) as T
    const corpus = {
      ...Object.fromEntries(Object.entries(COLLECTIONS).map(([name, c]) => [name, json(c.file)])),
      articles: built.manifest.articleShards.flatMap((s) => json<Article[]>(s)),
      corrections: files.has('corrections.json') ? json('corrections.json') : [],
    } as Corpus
    return { files, manifest: built.manifest, corpus, diagnostics: built.diagnostics, unplaced: built.unplaced, failed: built.failed, papers: built.papers }
  } finally {
    rmSync(cacheRoot, { recursive: true, force: true })
  }
}
