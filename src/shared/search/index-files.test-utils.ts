// Reads the files searchIndexFiles wrote back into an engine, as the worker does with what it fetches.
import type { SearchSegment } from '../corpus-schema'
import { readDocsPart, readIndexPart, type StoredDoc } from './index-files'
import { SearchEngine } from './search-engine'

const asBuffer = (c: string | Uint8Array) => (typeof c === 'string' ? new TextEncoder().encode(c) : c).slice().buffer

export function engineFromFiles(files: Map<string, string | Uint8Array>, manifest: SearchSegment): SearchEngine {
  const get = (f: string) => {
    const c = files.get(f)
    if (c === undefined) throw new Error(`no file ${f}`)
    return c
  }
  const docs = manifest.docs.flatMap((p) => readDocsPart(p.text, JSON.parse(get(p.meta) as string) as StoredDoc[], asBuffer(get(p.text))))
  const engine = SearchEngine.inExportOrder(docs)
  engine.importIndex(manifest.index.map(({ key, file }) => readIndexPart(key, file, asBuffer(get(file)))))
  return engine
}

export const byteSize = (c: string | Uint8Array) => asBuffer(c).byteLength
