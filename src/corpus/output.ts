// The corpus as files: JSON text per path of the output folder (CORPUS.md), the search index exported for the
// app's worker, and the manifest that ties them.
import { createHash } from 'node:crypto'
import { searchIndexFiles } from '../shared/search/index-files'
import { toSearchDocs } from '../shared/search/search-docs'
import { COLLECTION_NAMES, COLLECTIONS, CORPUS_VERSION, type Corpus, type Manifest, type SearchFiles } from '../shared/corpus-schema'

/** Articles per shard: keeps each file far below the service worker's precache size limit. */
export const ARTICLES_PER_SHARD = 400

export function corpusFiles(corpus: Corpus, generatedAt: string): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>()
  const json = (v: unknown) => `${JSON.stringify(v)}\n`
  const shards: string[] = []
  for (let i = 0; i === 0 || i < corpus.articles.length; i += ARTICLES_PER_SHARD) {
    const path = `articles/${String(shards.length).padStart(4, '0')}.json`
    shards.push(path)
    files.set(path, json(corpus.articles.slice(i, i + ARTICLES_PER_SHARD)))
  }
  for (const name of COLLECTION_NAMES) files.set(COLLECTIONS[name].file, json(corpus[name]))
  const search = inContentFolder(searchIndexFiles(toSearchDocs(corpus.articles, corpus.issues, corpus.people)))
  for (const [path, content] of search.files) files.set(path, content)
  const hash = createHash('sha256')
  for (const [path, text] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) hash.update(path).update('\0').update(text)
  const manifest: Manifest = {
    schemaVersion: CORPUS_VERSION,
    generatedAt,
    corpusVersion: hash.digest('hex').slice(0, 16),
    counts: { articles: corpus.articles.length, ...Object.fromEntries(COLLECTION_NAMES.map((n) => [n, corpus[n].length])) } as Manifest['counts'],
    articleShards: shards,
    search: search.manifest,
  }
  files.set('manifest.json', `${JSON.stringify(manifest, null, 1)}\n`)
  return files
}

/**
 * The search files moved under a folder named by a hash of their content (search/<hash>/…): a path then never
 * holds two contents, so the app's worker may read them straight from the precache, whatever version of the
 * corpus the service worker has stored beside them (src/lib/corpus-client.ts).
 */
function inContentFolder(search: { files: Map<string, string | Uint8Array>; manifest: SearchFiles }) {
  const hash = createHash('sha256')
  for (const [path, content] of search.files) hash.update(path).update('\0').update(content)
  const folder = `search/${hash.digest('hex').slice(0, 16)}/`
  const move = (path: string) => path.replace(/^search\//, folder)
  return {
    files: new Map([...search.files].map(([path, content]) => [move(path), content])),
    manifest: {
      docs: search.manifest.docs.map((p) => ({ meta: move(p.meta), text: move(p.text) })),
      index: search.manifest.index.map((p) => ({ key: p.key, file: move(p.file) })),
    },
  }
}
