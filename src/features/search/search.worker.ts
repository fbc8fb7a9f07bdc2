// The search worker: opens the engine (open-engine.ts), which answers from an exact scan at once and from the
// FlexSearch bigram index when it is ready. Traditional characters in a query are converted to simplified
// (opencc-js, loaded on first use); people are suggested by name or pinyin.
import { loadManifest, loadPeople } from '@/lib/corpus-client'
import { matchesName, type NameKeys, pinyinKeys } from '@/lib/name-match'
import type { SearchEngine, SearchFilters } from '@/shared/search/search-engine'
import { openEngine } from './open-engine'
import type { SearchStats, WorkerRequest, WorkerResponse } from './worker-protocol'

let engine: Promise<SearchEngine> | null = null
let people: Promise<{ id: string; name: string; articles: number }[]> | null = null
let keys: Promise<Map<string, NameKeys>> | null = null
let toSimplified: Promise<(s: string) => string> | null = null
let stats: SearchStats | null = null

function start(): Promise<SearchEngine> {
  engine ??= loadManifest().then((manifest) =>
    openEngine(manifest, (s) => {
      stats = { ...s }
      post({ type: 'stats', stats })
    }),
  )
  return engine
}

function loadSuggestable() {
  people ??= loadPeople().then((ps) => ps.map((p) => ({ id: p.id, name: p.name, articles: p.articleIds.length })))
  return people
}

async function simplify(q: string): Promise<string> {
  // plain ASCII (pinyin, numbers) needs no conversion and no converter
  if (/^[ -~]*$/.test(q)) return q
  toSimplified ??= import('opencc-js/t2cn').then((m) => m.Converter({ from: 'tw', to: 'cn' }))
  return (await toSimplified)(q)
}

const post = (msg: WorkerResponse) => self.postMessage(msg)

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const msg = event.data
  try {
    if (msg.type === 'search') {
      const e = await start()
      const t0 = performance.now()
      const query = await simplify(msg.q)
      const result = e.search(query, msg.filters as SearchFilters, msg.limit)
      post({ type: 'result', id: msg.id, query, result, tookMs: performance.now() - t0, indexed: e.ready, degraded: stats?.degraded ?? null })
    } else if (msg.type === 'suggest') {
      const list = await loadSuggestable()
      keys ??= pinyinKeys(list.map((p) => p.name))
      const k = await keys
      const q = await simplify(msg.q)
      const found = list.filter((p) => matchesName(p.name, q, k.get(p.name))).sort((a, b) => b.articles - a.articles).slice(0, 8)
      post({ type: 'suggestions', id: msg.id, people: found })
    } else if (msg.type === 'stats') {
      await start()
      if (stats) post({ type: 'stats', stats })
    }
  } catch (e) {
    post({ type: 'error', id: 'id' in msg ? msg.id : 0, message: (e as Error).message })
  }
}
