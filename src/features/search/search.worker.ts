// The search worker: loads the corpus, answers from an exact scan at once, and builds the FlexSearch bigram
// index in slices so that queries keep being answered while it grows. Traditional characters in a query are
// converted to simplified (opencc-js, loaded on first use); people are suggested by name or pinyin.
import { loadArticles, loadIssues, loadPeople } from '@/lib/corpus-client'
import { matchesName, type NameKeys, pinyinKeys } from '@/lib/name-match'
import { type SearchFilters, SearchEngine } from './search-core'
import { toSearchDocs } from './search-docs'
import type { WorkerRequest, WorkerResponse } from './worker-protocol'

const SLICE = 400
let engine: Promise<SearchEngine> | null = null
let people: { id: string; name: string; articles: number }[] = []
let keys: Promise<Map<string, NameKeys>> | null = null
let toSimplified: Promise<(s: string) => string> | null = null
const stats = { docs: 0, loadMs: 0, indexMs: 0, ready: false }

function start(): Promise<SearchEngine> {
  engine ??= (async () => {
    const t0 = performance.now()
    const [articles, issues, persons] = await Promise.all([loadArticles(), loadIssues(), loadPeople()])
    people = persons.map((p) => ({ id: p.id, name: p.name, articles: p.articleIds.length }))
    const e = new SearchEngine(toSearchDocs(articles, issues, persons))
    stats.docs = articles.length
    stats.loadMs = performance.now() - t0
    const t1 = performance.now()
    const step = () => {
      if (e.indexSome(SLICE)) {
        stats.indexMs = performance.now() - t1
        stats.ready = true
        post({ type: 'stats', stats: { ...stats } })
      } else setTimeout(step, 0)
    }
    step()
    return e
  })()
  return engine
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
      post({ type: 'result', id: msg.id, query, result, tookMs: performance.now() - t0, indexed: e.ready })
    } else if (msg.type === 'suggest') {
      await start()
      keys ??= pinyinKeys(people.map((p) => p.name))
      const k = await keys
      const q = await simplify(msg.q)
      const found = people.filter((p) => matchesName(p.name, q, k.get(p.name))).sort((a, b) => b.articles - a.articles).slice(0, 8)
      post({ type: 'suggestions', id: msg.id, people: found })
    } else if (msg.type === 'stats') {
      await start()
      post({ type: 'stats', stats: { ...stats } })
    }
  } catch (e) {
    post({ type: 'error', id: 'id' in msg ? msg.id : 0, message: (e as Error).message })
  }
}
