// The search worker: opens the search (open-engine.ts) and streams each query's results back as they come.
// Traditional characters in a query are converted to simplified (opencc-js, loaded when the worker opens); people are
// suggested by name or pinyin from the people's find buckets.
import { loadManifest, loadOptionalView, loadView } from '@/lib/corpus-client'
import type { ReaderManifest } from '@/shared/corpus-schema'
import { matchesName } from '@/shared/name-match'
import { queryBuckets, viewPath } from '@/shared/views'
import type { PeopleIndex, PersonFound } from '@/shared/view-records'
import { openEngine, type SearchBackend } from './open-engine'
import type { SearchStats, SuggestedPerson, WorkerRequest, WorkerResponse } from './worker-protocol'

let engine: Promise<SearchBackend> | null = null
let peopleIndex: Promise<PeopleIndex> | null = null
let toSimplified: Promise<(s: string) => string> | null = null
let stats: SearchStats | null = null
/** searches under way, and those of them the page no longer waits for (their streams stop at the next result) */
const running = new Set<number>()
const cancelled = new Set<number>()

/** Opens the search once, with the page's manifest when it came first. */
function start(given?: ReaderManifest): Promise<SearchBackend> {
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

/** The people whose name or pinyin matches, from the find buckets the query names (src/shared/views.ts). */
async function suggest(q: string): Promise<SuggestedPerson[]> {
  peopleIndex ??= loadView<PeopleIndex>(viewPath.peopleIndex(), ['buckets']).catch((e: unknown) => {
    peopleIndex = null
    throw e
  })
  const buckets = await Promise.all(queryBuckets(q, (await peopleIndex).buckets).map((b) => loadOptionalView<PersonFound[]>(viewPath.peopleFind(b), null)))
  const found = new Map<string, PersonFound>()
  for (const p of buckets.flatMap((b) => b ?? [])) if (matchesName(p.name, q, p)) found.set(p.id, p)
  return [...found.values()].sort((a, b) => b.articles - a.articles).slice(0, 8).map(({ id, name, articles, latestTitle, places, romanized }) => ({ id, name, articles, latestTitle, places, romanized }))
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
        post({ type: 'result', id: msg.id, query, result, tookMs: performance.now() - t0, indexed: e.ready })
      }
      running.delete(msg.id)
      cancelled.delete(msg.id)
    } else if (msg.type === 'cancel') {
      if (running.has(msg.id)) cancelled.add(msg.id)
    } else if (msg.type === 'suggest') {
      post({ type: 'suggestions', id: msg.id, people: await suggest(await simplify(msg.q)) })
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
