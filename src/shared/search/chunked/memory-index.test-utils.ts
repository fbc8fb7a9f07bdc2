// A term index written to memory and read back, for tests: the same writer and reader as the builder and the worker.
import type { SearchDoc } from '../search-docs'
import { ChunkedSearch } from './chunked-search'
import { type ReaderLimits, TermIndexReader } from './index-reader'
import { type TermIndexLayout, TermIndexWriter } from './write-index'

/** A small layout, so that a few hundred documents make many chunks, blocks, block files, positions files and fragment files. */
const TINY: TermIndexLayout = { blockDocs: 4, fragmentDocs: 3, chunkBytes: 200, blockFileBytes: 100, positionFileBytes: 300, inlineBytes: 40 }

/**
 * The index of documents given newest first, written in segments of `segment` documents; `loaded` lists each file
 * read; `limits`: what the reader keeps.
 */
export function memoryIndex(docs: readonly SearchDoc[], layout = TINY, segment = 37, limits?: ReaderLimits) {
  const files = new Map<string, Uint8Array>()
  const enc = new TextEncoder()
  const w = new TermIndexWriter((path, content) => files.set(path, typeof content === 'string' ? enc.encode(content) : content), layout)
  for (let i = 0; i < docs.length; i += segment) w.addDocs(docs.slice(i, i + segment))
  const meta = w.finish()
  const loaded: string[] = []
  const reader = new TermIndexReader(meta, async (path) => {
    loaded.push(path)
    const f = files.get(path)
    if (!f) throw new Error(`no file ${path}`)
    // as over a network: another query runs while this one waits
    await new Promise((r) => setTimeout(r, 0))
    return f
  }, limits)
  return { files, meta, loaded, search: new ChunkedSearch(reader) }
}
