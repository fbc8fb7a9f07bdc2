// Fetches the corpus files (CORPUS.md and the view files of src/shared/views.ts) and checks their shape at the
// edge. Every file is fetched once per page load.
import { type Article, type CollectionName, type CollectionRecords, COLLECTIONS, CORPUS_VERSION, type Issue, type Manifest, type ReaderManifest, type SearchFiles } from '@/shared/corpus-schema'
import { TERM_INDEX_FORMAT, type TermIndexMeta } from '@/shared/search/chunked/format'

export class CorpusUnavailableError extends Error {
  constructor(readonly file: string, readonly reason: string) {
    super(`corpus file ${file}: ${reason}`)
    this.name = 'CorpusUnavailableError'
  }
}

/** Files of two builds met in one view (a manifest that does not count what its files hold). */
export class MixedVersionsError extends CorpusUnavailableError {
  constructor(file: string, reason: string) {
    super(file, reason)
    this.name = 'MixedVersionsError'
  }
}

const base = `${import.meta.env?.BASE_URL ?? '/'}corpus/`
/** The URL of a corpus file. */
export const corpusUrl = (file: string) => base + file
const cache = new Map<string, Promise<unknown>>()

/**
 * A corpus file's response, or a CorpusUnavailableError naming it. `immutable`: the path names its content
 * (search/<content hash>/…), so a copy in Cache Storage is the right one whatever else the service worker keeps
 * there; reading it from there directly skips the service worker's fetch handler (at 20,000 articles, ~190 ms
 * instead of ~340 ms for the ~35 MB of search files).
 */
async function openFile(file: string, immutable = false): Promise<Response> {
  const precached = immutable && typeof caches !== 'undefined' ? await caches.match(base + file, { ignoreSearch: true }).catch(() => undefined) : undefined
  if (precached) return precached
  const res = await fetch(base + file).catch((e: unknown) => {
    throw new CorpusUnavailableError(file, (e as Error).message)
  })
  if (!res.ok) throw new CorpusUnavailableError(file, `HTTP ${res.status}`)
  // a static host that answers every unknown path with the app's page (an SPA fallback) has no such file
  if (file.endsWith('.json') && res.headers.get('content-type')?.startsWith('text/html')) throw new CorpusUnavailableError(file, 'HTTP 404')
  return res
}

async function readJson(file: string, res: Response): Promise<unknown> {
  try {
    return await res.json()
  } catch {
    throw new CorpusUnavailableError(file, 'not valid JSON')
  }
}

function fetchJson(file: string): Promise<unknown> {
  let p = cache.get(file)
  if (!p) {
    p = openFile(file)
      .then((res) => readJson(file, res))
      .catch((e: unknown) => {
        cache.delete(file)
        throw e instanceof CorpusUnavailableError ? e : new CorpusUnavailableError(file, (e as Error).message)
      })
    cache.set(file, p)
  }
  return p
}

function expectArray<T>(file: string, data: unknown, check: (item: T) => boolean): T[] {
  if (!Array.isArray(data)) throw new CorpusUnavailableError(file, 'expected a list')
  const bad = (data as T[]).findIndex((item) => !check(item))
  if (bad >= 0) throw new CorpusUnavailableError(file, `item ${bad} does not have the expected fields`)
  return data as T[]
}

/**
 * What the reader needs of the manifest: `reader.json`, the manifest without its list of article shards (so that its
 * size does not grow with the archive), or the manifest itself for a corpus written without it.
 */
export async function loadManifest(): Promise<ReaderManifest> {
  const m = (await fetchJson('reader.json').catch((e: unknown) => {
    if (e instanceof CorpusUnavailableError && e.reason === 'HTTP 404') return fetchJson('manifest.json')
    throw e
  })) as Partial<ReaderManifest> | null
  if (!m || m.schemaVersion !== CORPUS_VERSION || !m.counts) {
    throw new CorpusUnavailableError('manifest.json', `expected schemaVersion 1 with counts, got ${JSON.stringify(m?.schemaVersion)}`)
  }
  return m as ReaderManifest
}

/** The contract's manifest, for the list of article shards. */
async function loadFullManifest(): Promise<Manifest> {
  const m = (await fetchJson('manifest.json')) as Partial<Manifest> | null
  if (!m || m.schemaVersion !== CORPUS_VERSION || !Array.isArray(m.articleShards)) {
    throw new CorpusUnavailableError('manifest.json', `expected schemaVersion 1 with articleShards, got ${JSON.stringify(m?.schemaVersion)}`)
  }
  return m as Manifest
}

export const loadIssues = (): Promise<Issue[]> => loadCollection('issues')

const loadShard = async (s: string) => expectArray<Article>(s, await fetchJson(s), (a) => typeof a.id === 'string' && Array.isArray(a.paragraphs) && !!a.byline)

/** Every article (a corpus without search files has its index built from them); an unreadable shard fails. */
export async function loadArticles(): Promise<Article[]> {
  const manifest = await loadFullManifest()
  return (await Promise.all(manifest.articleShards.map(loadShard))).flat()
}

/** The view files' folder of the corpus (manifest.views), or an error saying the corpus predates them. */
async function viewFolder(): Promise<string> {
  const m = await loadManifest()
  if (typeof m.views !== 'string') throw new CorpusUnavailableError('manifest.json', 'the corpus has no view files (views/): build it again with this version of the builder')
  return m.views
}

/**
 * One view file (src/shared/views.ts), checked to be an object holding `keys` (or a list, for `keys` null).
 * The views folder is named by the corpus version, so a view never mixes the files of two builds.
 */
export async function loadView<T>(path: string, keys: readonly string[] | null): Promise<T> {
  const folder = await viewFolder()
  const file = folder + path
  const data = await fetchJson(file).catch(async (e: unknown) => {
    // a view file gone: the corpus may have been rebuilt since this page read its manifest (the new build's
    // files are under another folder), which only a reload mends
    if (e instanceof CorpusUnavailableError && e.reason === 'HTTP 404') {
      const fresh = (file: string) => fetch(`${base}${file}`, { cache: 'no-store' }).then((r) => (r.ok ? (r.json() as Promise<Partial<Manifest>>) : null)).catch(() => null)
      const now = (await fresh('reader.json')) ?? (await fresh('manifest.json'))
      if (now?.views && now.views !== folder) throw new MixedVersionsError(file, `the corpus was rebuilt while this page was open (${folder} → ${now.views})`)
    }
    throw e
  })
  if (keys === null ? !Array.isArray(data) : typeof data !== 'object' || data === null || !has(data, keys)) {
    throw new CorpusUnavailableError(file, keys === null ? 'expected a list' : `expected the fields ${keys.join(', ')}`)
  }
  return data as T
}

/** A view file that may not exist (a find bucket no name falls in): null for HTTP 404. */
export async function loadOptionalView<T>(path: string, keys: readonly string[] | null): Promise<T | null> {
  try {
    return await loadView<T>(path, keys)
  } catch (e) {
    if (e instanceof CorpusUnavailableError && e.reason === 'HTTP 404') return null
    throw e
  }
}

const has = (o: object, keys: readonly string[]) => keys.every((k) => k in o)

/** One collection file of the contract, each record checked for the fields COLLECTIONS says it carries. */
async function loadCollection<K extends CollectionName>(name: K): Promise<CollectionRecords[K][]> {
  const { file, required } = COLLECTIONS[name]
  return expectArray<CollectionRecords[K]>(file, await fetchJson(file), (r) => typeof r === 'object' && r !== null && has(r, required))
}

export const loadPeople = () => loadCollection('people')

/** The term index's meta file (manifest.search.file): its chunks' first terms and the layout of its files. */
export async function loadTermIndexMeta(search: SearchFiles): Promise<TermIndexMeta> {
  const data = (await readJson(search.file, await openFile(search.file, true))) as Partial<TermIndexMeta> | null
  if (data?.format !== TERM_INDEX_FORMAT || !Array.isArray(data.chunks) || typeof data.docs !== 'number') throw new CorpusUnavailableError(search.file, `not a search index of format ${TERM_INDEX_FORMAT}`)
  if (data.docs !== search.docs) throw new MixedVersionsError(search.file, `files of two corpus versions: the manifest counts ${search.docs} search documents, the index ${data.docs}`)
  return data as TermIndexMeta
}

/** One file of the term index, as bytes: its folder is named by its content, so any cached copy is the right one. */
export async function loadSearchFile(file: string): Promise<Uint8Array> {
  const res = await openFile(file, true)
  try {
    return new Uint8Array(await res.arrayBuffer())
  } catch (e) {
    throw new CorpusUnavailableError(file, (e as Error).message)
  }
}
