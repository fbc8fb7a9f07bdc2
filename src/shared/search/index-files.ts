// The search index as corpus files: the builder exports it (FlexSearch export, term maps as binary postings) with
// the search documents in the index's order; the worker reads them back. Every file stays far below the
// service worker's precache limit (Workbox's default is 2 MiB).
import type { SearchFiles } from '../../corpus/schema'
import { decodePostings, encodePostings } from './postings-codec'
import type { SearchDoc } from './search-docs'
import { type IndexPart, SearchEngine } from './search-engine'

/** The size a search file is cut at (a document or term is never split). */
export const SEARCH_PART_BYTES = 1 << 20

const path = (kind: string, n: number, ext: string) => `search/${kind}-${String(n).padStart(4, '0')}.${ext}`
const isTermMap = (key: string) => key.split('.').includes('map')

/** Builds the index over the documents and returns its files (path → content, cut at about `partBytes`) and their manifest entry. */
export function searchIndexFiles(docs: SearchDoc[], partBytes = SEARCH_PART_BYTES): { files: Map<string, string | Uint8Array>; manifest: SearchFiles } {
  const engine = SearchEngine.fromDocs(docs)
  const files = new Map<string, string | Uint8Array>()
  const manifest: SearchFiles = { docs: [], index: [] }
  const encoder = new TextEncoder()
  let part: string[] = []
  let bytes = 0
  const flushDocs = () => {
    const file = path('docs', manifest.docs.length, 'json')
    files.set(file, `[${part.join(',')}]\n`)
    manifest.docs.push(file)
    part = []
    bytes = 0
  }
  for (const doc of engine.documents) {
    const json = JSON.stringify(doc)
    part.push(json)
    bytes += encoder.encode(json).length
    if (bytes >= partBytes) flushDocs()
  }
  if (part.length || !manifest.docs.length) flushDocs()
  for (const { key, data } of engine.exportIndex()) {
    const contents = isTermMap(key) && Array.isArray(data) ? encodePostings(data, partBytes) : [`${JSON.stringify(data)}\n`]
    for (const content of contents) {
      const file = path('index', manifest.index.length, typeof content === 'string' ? 'json' : 'bin')
      files.set(file, content)
      manifest.index.push({ key, file })
    }
  }
  return { files, manifest }
}

/** One index file's content back as the part FlexSearch's import takes. */
export function readIndexPart(key: string, file: string, content: ArrayBuffer): IndexPart {
  const bytes = new Uint8Array(content)
  return { key, data: file.endsWith('.bin') ? decodePostings(bytes) : JSON.parse(new TextDecoder().decode(bytes)) }
}
