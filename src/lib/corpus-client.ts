// Fetches the corpus files (CORPUS.md and the view files of src/shared/views.ts) and checks their shape at the
// edge. Every file is fetched once per page load.
import * as v from 'valibot'
import { CORPUS_VERSION, type ReaderManifest, ReaderManifestSchema, type SearchFiles } from '@/shared/corpus-manifest'
import { readBy } from '@/shared/corpus-schema'
import { type TermIndexMeta, TermIndexMetaSchema } from '@/shared/search/chunked/format'
import type { ViewFile } from '@/shared/views'

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

/** `data` as `schema` says it is, or a CorpusUnavailableError naming the file and the first fields that are not. */
function checked<S extends v.GenericSchema>(file: string, schema: S, data: unknown): v.InferOutput<S> {
  const read = readBy(schema, data)
  if ('output' in read) return read.output
  throw new CorpusUnavailableError(file, `not what this version of the app reads (${read.errors.slice(0, 3).join('; ')})`)
}

/**
 * What the reader needs of the manifest: `reader.json`, the manifest without its list of article shards (so that its
 * size does not grow with the archive), or the manifest itself for a corpus written without it.
 */
export async function loadManifest(): Promise<ReaderManifest> {
  let file = 'reader.json'
  const m = await fetchJson(file).catch((e: unknown) => {
    if (!(e instanceof CorpusUnavailableError && e.reason === 'HTTP 404')) throw e
    file = 'manifest.json'
    return fetchJson(file)
  })
  const version = (m as { schemaVersion?: unknown } | null)?.schemaVersion
  if (version !== CORPUS_VERSION) throw new CorpusUnavailableError(file, `expected schemaVersion ${CORPUS_VERSION}, got ${JSON.stringify(version)}`)
  return checked(file, ReaderManifestSchema, m)
}

/**
 * One view file (src/shared/views.ts), checked against its schema. The views folder is named by the corpus
 * version, so a view never mixes the files of two builds.
 */
export async function loadView<S extends v.GenericSchema>(view: ViewFile<S>): Promise<v.InferOutput<S>> {
  const folder = (await loadManifest()).views
  const file = folder + view.path
  const data = await fetchJson(file).catch(async (e: unknown) => {
    // a view file gone: the corpus may have been rebuilt since this page read its manifest (the new build's
    // files are under another folder), which only a reload mends
    if (e instanceof CorpusUnavailableError && e.reason === 'HTTP 404') {
      const fresh = (file: string) => fetch(`${base}${file}`, { cache: 'no-store' }).then((r) => (r.ok ? (r.json() as Promise<{ views?: unknown }>) : null)).catch(() => null)
      const now = (await fresh('reader.json')) ?? (await fresh('manifest.json'))
      if (now?.views && now.views !== folder) throw new MixedVersionsError(file, `the corpus was rebuilt while this page was open (${folder} → ${String(now.views)})`)
    }
    throw e
  })
  return checked(file, view.schema, data)
}

/** A view file that may not exist (a find bucket no name falls in): null for HTTP 404. */
export async function loadOptionalView<S extends v.GenericSchema>(view: ViewFile<S>): Promise<v.InferOutput<S> | null> {
  try {
    return await loadView(view)
  } catch (e) {
    if (e instanceof CorpusUnavailableError && e.reason === 'HTTP 404') return null
    throw e
  }
}

/** The term index's meta file (manifest.search.file): its chunks' first terms and the layout of its files. */
export async function loadTermIndexMeta(search: SearchFiles): Promise<TermIndexMeta> {
  const data = checked(search.file, TermIndexMetaSchema, await readJson(search.file, await openFile(search.file, true)))
  if (data.docs !== search.docs) throw new MixedVersionsError(search.file, `files of two corpus versions: the manifest counts ${search.docs} search documents, the index ${data.docs}`)
  return data
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
