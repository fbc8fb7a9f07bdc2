// The page's side of the search worker: one worker, requests matched to answers by id, as query options.
import { queryOptions } from '@tanstack/react-query'
import type { SearchFilters } from '@/shared/search/search-engine'
import type { SearchStats, WorkerRequest, WorkerResponse } from './worker-protocol'

type Answer = Extract<WorkerResponse, { id: number }>
let onStats: ((stats: SearchStats) => void) | null = null
let worker: Worker | null = null
let nextId = 1
const pending = new Map<number, { resolve: (a: Answer) => void; reject: (e: Error) => void }>()

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = (e: MessageEvent<WorkerResponse>) => {
      const msg = e.data
      if (msg.type === 'stats') {
        onStats?.(msg.stats)
        return
      }
      const p = pending.get(msg.id)
      if (!p) return
      pending.delete(msg.id)
      if (msg.type === 'error') p.reject(new Error(msg.message))
      else p.resolve(msg)
    }
  }
  return worker
}

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never

function ask<T extends Answer>(req: WithoutId<Extract<WorkerRequest, { id: number }>>): Promise<T> {
  const id = nextId++
  return new Promise<T>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (a: Answer) => void, reject })
    getWorker().postMessage({ ...req, id } as WorkerRequest)
  })
}

/** Results per page of the search view. */
export const RESULTS_PER_PAGE = 50

/** The results up to the end of page `page` (the view shows the last RESULTS_PER_PAGE of them), with the total. */
export const searchQueryOptions = (q: string, filters: SearchFilters, page = 1) =>
  queryOptions({
    queryKey: ['search', q, filters, page],
    queryFn: () => ask<Extract<WorkerResponse, { type: 'result' }>>({ type: 'search', q, filters, limit: page * RESULTS_PER_PAGE }),
    enabled: q.trim().length > 0,
    staleTime: Infinity,
  })

export const suggestQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ['suggest', q],
    queryFn: async () => (await ask<Extract<WorkerResponse, { type: 'suggestions' }>>({ type: 'suggest', q })).people,
    enabled: q.trim().length > 0,
    staleTime: Infinity,
  })

/** Starts the worker early (loading the corpus and building the index) without waiting for an answer. */
export function warmUpSearch(): void {
  getWorker().postMessage({ type: 'stats' } satisfies WorkerRequest)
}

/**
 * The search for the benchmark that drives it from the page (window.__xianbaoSearch, __xianbaoSearchStats): only
 * in a build made with VITE_BENCH_HOOKS=1 (bench/search.bench.ts); the shipped bundle has no such globals.
 */
if (import.meta.env.VITE_BENCH_HOOKS === '1') {
  const hooks = globalThis as { __xianbaoSearch?: unknown; __xianbaoSearchStats?: SearchStats }
  onStats = (stats) => (hooks.__xianbaoSearchStats = stats)
  hooks.__xianbaoSearch = (q: string) =>
    ask<Extract<WorkerResponse, { type: 'result' }>>({ type: 'search', q, filters: {}, limit: 50 }).then((r) => ({ total: r.result.total, tookMs: r.tookMs, indexed: r.indexed }))
}
