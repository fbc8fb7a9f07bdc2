// The page's side of the search worker: one worker, requests matched to answers by id, as query options. A search
// streams (worker-protocol.ts): its query's data is the latest result, complete or not, and the query stays
// fetching until the complete one arrives.
import { experimental_streamedQuery as streamedQuery, queryOptions } from '@tanstack/react-query'
import { loadManifest } from '@/lib/corpus-client'
import type { SearchFilters } from '@/shared/search/search-types'
import type { SearchAnswer, SearchStats, Suggestions, WorkerRequest, WorkerResponse } from './worker-protocol'

type Answer = Extract<WorkerResponse, { id: number }>
interface Waiting {
  answer: (a: Answer) => void
  fail: (e: Error) => void
  /** a stream takes many answers, until the complete one */
  stream: boolean
}

let onStats: ((stats: SearchStats) => void) | null = null
let worker: Worker | null = null
/** settles once the worker has the page's manifest (or the page could not read it: the worker then fetches it) */
let opened: Promise<void> = Promise.resolve()
let nextId = 1
const pending = new Map<number, Waiting>()

function getWorker(): Worker {
  if (!worker) {
    const w = (worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' }))
    // the page has read the manifest already (every view does): one round trip fewer before the first answer
    opened = loadManifest().then((manifest) => w.postMessage({ type: 'open', manifest } satisfies WorkerRequest), () => undefined)
    worker.onmessage = (e: MessageEvent<WorkerResponse>) => {
      const msg = e.data
      if (msg.type === 'stats') {
        onStats?.(msg.stats)
        return
      }
      const w = pending.get(msg.id)
      if (!w) return
      if (msg.type === 'error') {
        pending.delete(msg.id)
        w.fail(new Error(msg.message))
        return
      }
      if (!w.stream || (msg.type === 'result' && msg.result.complete)) pending.delete(msg.id)
      w.answer(msg)
    }
  }
  return worker
}

/** Posts to the worker after the manifest, so that it opens the search with the page's. */
function send(msg: WorkerRequest): void {
  const w = getWorker()
  void opened.then(() => w.postMessage(msg))
}

type Request = Extract<WorkerRequest, { id: number }>
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never

function ask<T extends Answer>(req: WithoutId<Request>): Promise<T> {
  const id = nextId++
  return new Promise<T>((resolve, reject) => {
    pending.set(id, { answer: resolve as (a: Answer) => void, fail: reject, stream: false })
    send({ ...req, id } as WorkerRequest)
  })
}

/** A search's answers as they come, ending with the complete one; aborting tells the worker to stop. */
async function* searchStream(q: string, filters: SearchFilters, limit: number, signal?: AbortSignal): AsyncGenerator<SearchAnswer> {
  const id = nextId++
  const queue: SearchAnswer[] = []
  let failure: Error | null = null
  let done = false
  let wake: (() => void) | null = null
  const notify = () => {
    wake?.()
    wake = null
  }
  pending.set(id, {
    answer: (a) => {
      if (a.type !== 'result') return
      queue.push(a)
      if (a.result.complete) done = true
      notify()
    },
    fail: (e) => {
      failure = e
      notify()
    },
    stream: true,
  })
  const abort = () => {
    pending.delete(id)
    send({ type: 'cancel', id })
    done = true
    notify()
  }
  signal?.addEventListener('abort', abort, { once: true })
  send({ type: 'search', id, q, filters, limit })
  try {
    for (;;) {
      if (queue.length) {
        yield queue.shift()!
        continue
      }
      if (failure) throw failure
      if (done) return
      await new Promise<void>((r) => (wake = r))
    }
  } finally {
    signal?.removeEventListener('abort', abort)
    if (!done) abort()
  }
}

/**
 * Results per page of the search view: a page is what a reader looks through before paging on, and on a first visit
 * each result of a scattered query is a fragment file to fetch (bench/results/search.json).
 */
export const RESULTS_PER_PAGE = 20

/** The results up to the end of page `page` (the view shows the last RESULTS_PER_PAGE of them), with the total. */
export const searchQueryOptions = (q: string, filters: SearchFilters, page = 1) =>
  queryOptions({
    queryKey: ['search', q, filters, page],
    queryFn: streamedQuery<SearchAnswer, SearchAnswer | null>({
      streamFn: ({ signal }) => searchStream(q, filters, page * RESULTS_PER_PAGE, signal),
      reducer: (_, answer) => answer,
      initialValue: null,
    }),
    enabled: q.trim().length > 0,
    staleTime: Infinity,
  })

export const suggestQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ['suggest', q],
    queryFn: async (): Promise<Suggestions> => (await ask<Extract<WorkerResponse, { type: 'suggestions' }>>({ type: 'suggest', q })).suggestions,
    enabled: q.trim().length > 0,
    staleTime: Infinity,
  })

/** Starts the worker early (the index's meta file) without waiting for an answer: on the search page, and when the search box is focused. */
export function warmUpSearch(): void {
  send({ type: 'stats' })
}

/**
 * The search for the benchmark that drives it from the page (window.__xianbaoSearch, __xianbaoSearchStats): only
 * in a build made with VITE_BENCH_HOOKS=1 (bench/search.bench.ts); the shipped bundle has no such globals. It
 * resolves with the times to the first page and to the complete count, from when it was asked.
 */
if (import.meta.env.VITE_BENCH_HOOKS === '1') {
  const hooks = globalThis as { __xianbaoSearch?: unknown; __xianbaoSearchStats?: SearchStats }
  onStats = (stats) => (hooks.__xianbaoSearchStats = stats)
  hooks.__xianbaoSearch = async (q: string, filters: SearchFilters = {}) => {
    const t0 = performance.now()
    let firstPageMs: number | null = null
    let last: SearchAnswer | null = null
    for await (const a of searchStream(q, filters, RESULTS_PER_PAGE)) {
      firstPageMs ??= performance.now() - t0
      last = a
    }
    return { total: last?.result.total ?? 0, hits: last?.result.hits.map((h) => h.id) ?? [], firstPageMs, completeMs: performance.now() - t0 }
  }
}
