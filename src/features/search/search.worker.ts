// The search worker: opens the search (open-engine.ts) and streams each query's results back as they come.
// Traditional characters in a query are converted to simplified (opencc-js, loaded when the worker opens); people,
// places, papers and offices are suggested by name or pinyin (lookup-index.ts).
import { loadManifest, loadOptionalView, loadView } from '@/lib/corpus-client'
import type { ReaderManifest } from '@/shared/corpus-manifest'
import { queryBuckets, viewFile } from '@/shared/views'
import type { LookupEntry, PeopleIndex, PersonFound } from '@/shared/view-records'
import { type Findable, LookupIndex } from './lookup-index'
import type { ChunkedSearch } from '@/shared/search/chunked/chunked-search'
import { openEngine } from './open-engine'
import type { SearchStats, Suggestions, WorkerRequest, WorkerResponse } from './worker-protocol'

let engine: Promise<ChunkedSearch> | null = null
let peopleIndex: Promise<PeopleIndex> | null = null
let toSimplified: Promise<(s: string) => string> | null = null
let stats: SearchStats | null = null
/** searches under way, and those of them the page no longer waits for (their streams stop at the next result) */
const running = new Set<number>()
const cancelled = new Set<number>()

/** Opens the search once, with the page's manifest when it came first. */
function start(given?: ReaderManifest): Promise<ChunkedSearch> {
  engine ??= (given ? Promise.resolve(given) : loadManifest())
    .then((manifest) =>
      openEngine(manifest, (s) => {
        stats = { ...s }
        post({ type: 'stats', stats })
      }),
    )
    .catch((e: unknown) => {
      engine = null
      throw e
    })
  return engine
}

/** What the look-up finds: a person of a find bucket, or a place, paper or office of the look-up file. */
type Found = Findable & ({ person: PersonFound; entry?: undefined } | { entry: LookupEntry; person?: undefined })
const lookup = new LookupIndex<Found>()
let lookupFile: Promise<void> | null = null

/** The look-up file, added to the look-up once (a corpus built before it existed has none: people only). */
function loadLookup(): Promise<void> {
  lookupFile ??= loadOptionalView(viewFile.lookup()).then((entries) => {
    for (const entry of entries ?? []) lookup.add(`${entry.kind}|${entry.place ?? ''}|${entry.label}`, { label: entry.label, pinyin: entry.pinyin, initials: entry.initials, entry })
  }).catch((e: unknown) => {
    lookupFile = null
    throw e
  })
  return lookupFile
}

/** People from the find buckets the query names (src/shared/views.ts), and places, papers and offices, by name or pinyin. */
async function suggest(q: string): Promise<Suggestions> {
  peopleIndex ??= loadView(viewFile.peopleIndex()).catch((e: unknown) => {
    peopleIndex = null
    throw e
  })
  const [buckets] = await Promise.all([peopleIndex.then((index) => Promise.all(queryBuckets(q, index.buckets).map((b) => loadOptionalView(viewFile.peopleFind(b))))), loadLookup()])
  for (const person of buckets.flatMap((b) => b ?? [])) lookup.add(person.id, { label: person.name, pinyin: person.pinyin, initials: person.initials, person })
  const found = lookup.find(q)
  const people = found.flatMap((f) => (f.person ? [f.person] : [])).sort((a, b) => b.articles - a.articles).slice(0, 8)
  return {
    people: people.map(({ id, name, articles, latestTitle, places, romanized }) => ({ id, name, articles, latestTitle, places, romanized })),
    entries: found.flatMap((f) => (f.entry ? [f.entry] : [])).slice(0, 6),
  }
}

/** The converter of traditional characters, loaded once (it is ~110 KB of script: the worker loads it when it opens). */
function converter(): Promise<(s: string) => string> {
  toSimplified ??= import('opencc-js/t2cn').then((m) => m.Converter({ from: 'tw', to: 'cn' }))
  toSimplified.catch(() => (toSimplified = null))
  return toSimplified
}

async function simplify(q: string): Promise<string> {
  // plain ASCII (pinyin, numbers) needs no conversion and no converter
  if (/^[ -~]*$/.test(q)) return q
  return (await converter())(q)
}

const post = (msg: WorkerResponse) => self.postMessage(msg)

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const msg = event.data
  try {
    if (msg.type === 'search') {
      running.add(msg.id)
      const e = await start()
      const t0 = performance.now()
      const query = await simplify(msg.q)
      for await (const result of e.stream(query, msg.filters, msg.limit)) {
        if (cancelled.has(msg.id)) break
        post({ type: 'result', id: msg.id, query, result, tookMs: performance.now() - t0 })
      }
      running.delete(msg.id)
      cancelled.delete(msg.id)
    } else if (msg.type === 'cancel') {
      if (running.has(msg.id)) cancelled.add(msg.id)
    } else if (msg.type === 'suggest') {
      post({ type: 'suggestions', id: msg.id, suggestions: await suggest(await simplify(msg.q)) })
    } else if (msg.type === 'stats') {
      await start()
      if (stats) post({ type: 'stats', stats })
    } else if (msg.type === 'open') {
      // the worker opens with the search page (or a focused search box): a Chinese query's first answer should not
      // wait for the converter's download after the index's
      void converter().catch(() => undefined)
      await start(msg.manifest)
    }
  } catch (e) {
    if ('id' in msg) {
      running.delete(msg.id)
      cancelled.delete(msg.id)
    }
    post({ type: 'error', id: 'id' in msg ? msg.id : 0, message: (e as Error).message })
  }
}
