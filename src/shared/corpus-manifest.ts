// The manifest that ties the files of one build together (CORPUS.md), as a schema: the builder writes it last and
// checks it first; the app reads `reader.json` (the manifest without its list of article shards) before any view.
import * as v from 'valibot'
import { COLLECTION_NAMES } from './corpus-schema'
import { TERM_INDEX_FORMAT } from './search/chunked/format'

export const CORPUS_VERSION = 1 as const
const count = v.pipe(v.number(), v.integer(), v.minValue(0))

/**
 * The search index of a corpus, built with it (src/shared/search/chunked/format.ts): every corpus has one.
 * `file` is the index's meta file, in a folder named by the hash of the index's files: the terms' chunks, the
 * blocks of common terms, the fragments shown with results and the dates are beside it, and a query fetches only
 * the ones it needs.
 */
const SearchFilesSchema = v.object({
  file: v.string(),
  format: v.literal(TERM_INDEX_FORMAT),
  /** the documents the index numbers, newest first: one per article */
  docs: count,
})
export type SearchFiles = v.InferOutput<typeof SearchFilesSchema>

const readerEntries = {
  schemaVersion: v.literal(CORPUS_VERSION),
  generatedAt: v.string(),
  /** A hash of every corpus file's content: ties the files of one build together. */
  corpusVersion: v.string(),
  counts: v.object(Object.fromEntries([...COLLECTION_NAMES, 'articles'].map((name) => [name, count])) as Record<(typeof COLLECTION_NAMES)[number] | 'articles', typeof count>),
  /** An extension of CORPUS.md: the search index exported at build time. */
  search: SearchFilesSchema,
  /** An extension of CORPUS.md: the folder of the files cut for the reader's views (src/shared/views.ts). */
  views: v.string(),
  /** An extension: how many entries of the corrections file were applied and how many match nothing (corrections.json). */
  corrections: v.object({ applied: count, unmatched: count }),
  /**
   * An extension: the files of the input the build could not read (empty, binary, too large, a folder that cannot
   * be listed), how many and the first few with the reason, so that a reader of a partial archive knows it is one.
   */
  unread: v.object({ count, files: v.array(v.object({ file: v.string(), reason: v.string() })) }),
}

/**
 * An extension: what the reader needs of the manifest, in `reader.json` beside it — everything but the list of
 * article shards, which grows with the archive while every view reads this file first.
 */
export const ReaderManifestSchema = v.object(readerEntries)
export type ReaderManifest = v.InferOutput<typeof ReaderManifestSchema>

export const ManifestSchema = v.object({ ...readerEntries, articleShards: v.array(v.string()) })
export type Manifest = v.InferOutput<typeof ManifestSchema>
