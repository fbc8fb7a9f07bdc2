// The corpus as files, written one by one through a sink so that a corpus of any size is never held whole: the
// JSON of CORPUS.md (article shards, the collections), the search index in segments, the view files, and the
// manifest that ties them. The articles come page by page, newest first (the order the search numbers them by).
import { createHash } from 'node:crypto'
import * as v from 'valibot'
import { type Article, COLLECTION_NAMES, COLLECTIONS, CORRECTIONS_FILE, type Issue, schemaErrors } from '../shared/corpus-schema'
import { CORPUS_VERSION, type Manifest, ManifestSchema, type ReaderManifest, ReaderManifestSchema } from '../shared/corpus-manifest'
import { indexFile, TERM_INDEX_FORMAT, TermIndexMetaSchema } from '../shared/search/chunked/format'
import { TermIndexWriter } from '../shared/search/chunked/write-index'
import { type SearchDoc, toSearchDocs } from '../shared/search/search-docs'
import type { CorpusFactsResult } from './facts/facts'
import { emitListViews } from './views/list-views'
import { OfflineList } from './views/offline-list'
import { type Emit, emitPageViews } from './views/page-views'
import { type ArticleMeta, ViewContext } from './views/view-context'
import { CorpusWriteError } from './io/corpus-folder'

/** Articles per shard: keeps each file far below the service worker's precache size limit. */
const ARTICLES_PER_SHARD = 400
/**
 * Documents per search segment: each segment's postings are made on their own (and cached between builds), then
 * merged into the one term index, which bounds the builder's memory.
 */
const SEARCH_SEGMENT_DOCS = 20_000

export interface CorpusSink {
  write(path: string, content: string | Uint8Array): void
  /** Writes one file in parts (a collection too large for one string). */
  writeParts(path: string, parts: Iterable<string>): void
  /** Renames a folder of what was written (views/_ → views/<version>). */
  move(from: string, to: string): void
}

/** Search segments' postings made before, by a hash of their documents and numbers: an unchanged segment is not indexed again. */
export interface SegmentCache {
  get(key: string): Uint8Array | null
  put(key: string, run: Uint8Array): void
}

export interface CorpusSource {
  /** every page, in path order */
  issues: Issue[]
  articles: ArticleMeta[]
  facts: CorpusFactsResult
  /** every page with its articles, newest first (shared/issue-day.ts newestFirst) */
  pages(): Iterable<{ issue: Issue; articles: Article[] }>
  /** the images of pages read from PDFs (`print/<hash>.webp`), for the clip beside an article */
  prints?(): Iterable<{ path: string; bytes: Uint8Array }>
}

const json = (v: unknown) => `${JSON.stringify(v)}\n`

/** A file's JSON, once it is what its schema says (a file the app would refuse is a builder bug: the build stops). */
function checkedJson(file: { path: string; schema: v.GenericSchema }, value: unknown, indent?: number): string {
  const errors = schemaErrors(file.schema, value)
  if (errors.length) throw new CorpusWriteError(`${file.path} breaks its schema (a builder bug), nothing is written: ${errors.slice(0, 3).join('; ')}`)
  return `${JSON.stringify(value, null, indent)}\n`
}
const PENDING = '_'

/** A JSON array as parts of its text, the same bytes as JSON.stringify(items) and a line end. */
function* jsonArrayParts(items: readonly unknown[]): Generator<string> {
  const PER_PART = 2000
  yield '['
  for (let i = 0; i < items.length; i += PER_PART) yield (i ? ',' : '') + items.slice(i, i + PER_PART).map((x) => JSON.stringify(x)).join(',')
  yield ']\n'
}

/** Writes every file of the corpus and returns the manifest (written last). */
/** The files of the input that were not read, as the manifest lists them: how many, and the first few. */
const UNREAD_LISTED = 20

export function writeCorpusFiles(source: CorpusSource, generatedAt: string, sink: CorpusSink, segmentCache?: SegmentCache, unread: readonly { file: string; reason: string }[] = []): Manifest {
  const version = createHash('sha256')
  const searchHash = createHash('sha256')
  const offline = new OfflineList((file, value) => sink.write(`views/${PENDING}/${file.path}`, checkedJson(file, value)))
  const write = (path: string, content: string | Uint8Array) => {
    version.update(path).update('\0').update(content)
    if (path.startsWith('search/')) searchHash.update(path).update('\0').update(content)
    sink.write(path, content)
    offline.add(path, content)
  }
  const writeArray = (path: string, items: readonly unknown[]) => {
    version.update(path).update('\0')
    sink.writeParts(path, (function* () {
      for (const part of jsonArrayParts(items)) {
        version.update(part)
        yield part
      }
    })())
  }
  // the printed pages' images: named by their content, fetched when an article's clip is shown, and in the list of
  // what saving the whole archive fetches
  for (const print of source.prints?.() ?? []) write(print.path, print.bytes)
  const ctx = new ViewContext(source.issues, source.articles, source.facts)
  const viewFolder = `views/${PENDING}/`
  const emitted = new Set<string>()
  const emit: Emit = (file, value) => {
    // two records whose ids map to one file would show one of them for both: the build stops instead
    if (emitted.has(file.path)) throw new CorpusWriteError(`two records map to one view file, ${file.path}: nothing is written`)
    emitted.add(file.path)
    write(viewFolder + file.path, checkedJson(file, value))
  }

  const shards: string[] = []
  let shard: Article[] = []
  const flushShard = () => {
    const path = `articles/${String(shards.length).padStart(4, '0')}.json`
    shards.push(path)
    write(path, json(shard))
    shard = []
  }
  const searchFolder = `search/${PENDING}/`
  const terms = new TermIndexWriter((path, content) => write(searchFolder + path, content))
  let docs: SearchDoc[] = []
  const flushSegment = () => {
    const key = createHash('sha256').update(String(terms.nextDoc)).update('\0').update(JSON.stringify(docs)).digest('hex').slice(0, 32)
    const cached = segmentCache?.get(key) ?? undefined
    const run = terms.addDocs(docs, cached)
    if (!cached) segmentCache?.put(key, run)
    docs = []
  }
  for (const { issue, articles } of source.pages()) {
    for (const a of articles) {
      shard.push(a)
      if (shard.length === ARTICLES_PER_SHARD) flushShard()
    }
    for (const d of toSearchDocs(articles, [issue], (id) => (ctx.peopleByArticle.get(id) ?? []).map((p) => p.name))) docs.push(d)
    if (docs.length >= SEARCH_SEGMENT_DOCS) flushSegment()
    emitPageViews(ctx, issue, articles, emit)
  }
  if (shard.length || !shards.length) flushShard()
  if (docs.length) flushSegment()
  const searchMeta = terms.finish()
  checkedJson({ path: indexFile.meta, schema: TermIndexMetaSchema }, searchMeta)

  const counts = { articles: source.articles.length, issues: source.issues.length, ...Object.fromEntries(COLLECTION_NAMES.filter((n) => n !== 'issues').map((n) => [n, source.facts[n as Exclude<typeof n, 'issues'>].length])) } as Manifest['counts']
  writeArray(COLLECTIONS.issues.file, source.issues)
  for (const name of COLLECTION_NAMES) if (name !== 'issues') writeArray(COLLECTIONS[name].file, source.facts[name])
  writeArray(CORRECTIONS_FILE, source.facts.corrections)
  emitListViews(ctx, counts, emit)

  const corpusVersion = version.digest('hex').slice(0, 16)
  // written after the version is known, from files it covers (it lists their paths and sizes)
  offline.finish()
  // the index's folder is named by the hash of its files: a reader never mixes two builds' search files
  const searchHashed = `search/${searchHash.digest('hex').slice(0, 16)}`
  sink.move(`search/${PENDING}`, searchHashed)
  sink.move(`views/${PENDING}`, `views/${corpusVersion}`)
  const manifest: Manifest = {
    schemaVersion: CORPUS_VERSION,
    generatedAt,
    corpusVersion,
    counts,
    articleShards: shards,
    search: { file: `${searchHashed}/${indexFile.meta}`, format: TERM_INDEX_FORMAT, docs: searchMeta.docs },
    views: `views/${corpusVersion}/`,
    corrections: { applied: source.facts.corrections.filter((c) => c.status === 'applied').length, unmatched: source.facts.corrections.filter((c) => c.status === 'unmatched').length },
    unread: { count: unread.length, files: unread.slice(0, UNREAD_LISTED) },
  }
  // what the reader reads first, of a size that does not grow with the archive: the manifest but its shard list
  const reader: ReaderManifest = Object.fromEntries(Object.entries(manifest).filter(([k]) => k !== 'articleShards')) as ReaderManifest
  sink.write('reader.json', checkedJson({ path: 'reader.json', schema: ReaderManifestSchema }, reader, 1))
  sink.write('manifest.json', checkedJson({ path: 'manifest.json', schema: ManifestSchema }, manifest, 1))
  return manifest
}
