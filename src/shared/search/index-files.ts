// The search index as corpus files: the builder exports it (FlexSearch export, term maps as binary postings) with
// the search documents in the index's order; the worker reads them back. At 20,000 articles these files are
// ~30 MB, and moving them is most of the worker's time to a ready index: texts go as UTF-16 and postings as
// varints to keep them small. Every file stays far below the service worker's precache limit (Workbox's
// default is 2 MiB).
import type { SearchSegment } from '../corpus-schema'
import { decodePostings, encodePostings } from './postings-codec'
import type { SearchDoc } from './search-docs'
import { type IndexPart, SearchEngine } from './search-engine'

/** The size a search file is cut at (a document or term is never split). */
export const SEARCH_PART_BYTES = 1 << 20

/** A search document as written: its text is in the part's text file, `length` characters of it. */
export type StoredDoc = Omit<SearchDoc, 'text'> & { length: number }

const isTermMap = (key: string) => key.split('.').includes('map')

function utf16le(texts: string[]): Uint8Array {
  const units = texts.reduce((n, t) => n + t.length, 0)
  const view = new DataView(new ArrayBuffer(units * 2))
  let at = 0
  for (const t of texts) for (let i = 0; i < t.length; i++, at += 2) view.setUint16(at, t.charCodeAt(i), true)
  return new Uint8Array(view.buffer)
}

/**
 * Builds the index over the documents and returns its files (path → content, cut at about `partBytes`, each path
 * starting with `prefix`) and their manifest entry.
 */
export function searchIndexFiles(docs: SearchDoc[], partBytes = SEARCH_PART_BYTES, prefix = 'search/'): { files: Map<string, string | Uint8Array>; manifest: SearchSegment } {
  const path = (kind: string, n: number, ext: string) => `${prefix}${kind}-${String(n).padStart(4, '0')}.${ext}`
  const engine = SearchEngine.fromDocs(docs)
  const files = new Map<string, string | Uint8Array>()
  const manifest: SearchSegment = { docs: [], index: [] }
  const encoder = new TextEncoder()
  let part: SearchDoc[] = []
  let metas: string[] = []
  let textBytes = 0
  let metaBytes = 0
  const flushDocs = () => {
    const n = manifest.docs.length
    const entry = { meta: path('docs', n, 'json'), text: path('texts', n, 'bin') }
    files.set(entry.meta, `[${metas.join(',')}]\n`)
    files.set(entry.text, utf16le(part.map((d) => d.text)))
    manifest.docs.push(entry)
    part = []
    metas = []
    textBytes = metaBytes = 0
  }
  for (const doc of engine.documents) {
    const { text, ...rest } = doc
    const meta = JSON.stringify({ ...rest, length: text.length } satisfies StoredDoc)
    part.push(doc)
    metas.push(meta)
    textBytes += text.length * 2
    metaBytes += encoder.encode(meta).length + 1
    if (Math.max(textBytes, metaBytes) >= partBytes) flushDocs()
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

/** One part of the documents back from its two files; throws when they do not belong together. */
export function readDocsPart(file: string, stored: StoredDoc[], text: ArrayBuffer): SearchDoc[] {
  // a text may begin with U+FEFF: it is a character of the text, not a byte order mark
  const all = new TextDecoder('utf-16le', { ignoreBOM: true }).decode(text)
  let at = 0
  const docs = stored.map(({ length, ...rest }) => {
    const doc = { ...rest, text: all.slice(at, at + length) }
    at += length
    return doc
  })
  if (at !== all.length) throw new Error(`${file}: the documents take ${at} characters of a text of ${all.length}`)
  return docs
}

/** One index file's content back as the part FlexSearch's import takes. */
export function readIndexPart(key: string, file: string, content: ArrayBuffer): IndexPart {
  const bytes = new Uint8Array(content)
  return { key, data: file.endsWith('.bin') ? decodePostings(bytes) : JSON.parse(new TextDecoder().decode(bytes)) }
}
