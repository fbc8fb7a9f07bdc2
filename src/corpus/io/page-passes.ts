// Pass 1 of a build over every page, in path order: each page from the cache when its bytes and the builder are
// unchanged, else built — in worker threads when there are enough pages to pay for starting them. Results are
// handed on in order (a small reorder buffer), so the build is the same whatever the threads' timing.
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { type PagePart, type PagePass, type PaperHint, passPage, type PrintedPage } from '../pipeline'
import type { PageCache } from './page-cache'
import type { PageFix } from '../page/page-stages'
import type { PageJob } from './page-worker'

export interface PageSource {
  path: string
  issueId: string
  key: string
  /** the page's bytes, read when it must be built */
  read: () => Uint8Array | null
  /** a historian's corrections of where its articles begin (part of its cache key) */
  boundaries?: readonly PageFix[]
  /** its paper (papers.yaml) or its paper's county (part of its cache key too) */
  paper?: PaperHint
  /** a page read from a PDF: its print (part of its cache key too) and where its image is kept */
  print?: PrintedPage & { file: string }
  /** a page put together from saved article pages: where each begins (part of its cache key too) */
  parts?: readonly PagePart[]
}

/** Fewer pages than this are built in the main thread: starting a worker (and its TypeScript loader) costs more. */
const MIN_PAGES_FOR_WORKERS = 300
const BATCH = 16
/** Pages read ahead of the first one not yet built: bounds the reorder buffer's memory. */
const WINDOW = 1000

function workerCount(pages: number): number {
  const env = Number(process.env.XIANBAO_WORKERS)
  if (Number.isInteger(env) && env >= 0) return env
  return pages < MIN_PAGES_FOR_WORKERS ? 0 : Math.max(1, Math.min(4, availableParallelism()))
}

/** Calls `onPass` for every page, in order; a page whose bytes cannot be read gets `null`. */
export async function passPages(pages: PageSource[], cache: PageCache, onPass: (index: number, pass: PagePass | null) => void): Promise<void> {
  const ready = new Map<number, PagePass | null>()
  let next = 0
  const deliver = (index: number, pass: PagePass | null) => {
    ready.set(index, pass)
    while (ready.has(next)) {
      const p = ready.get(next)!
      ready.delete(next)
      onPass(next++, p)
    }
  }
  const todo: PageJob[] = []
  const build = (i: number) => {
    const bytes = pages[i]!.read()
    if (!bytes) return deliver(i, null)
    todo.push({ index: i, path: pages[i]!.path, bytes, issueId: pages[i]!.issueId, boundaries: pages[i]!.boundaries, paper: pages[i]!.paper, print: pages[i]!.print, parts: pages[i]!.parts })
  }
  const workers = workerCount(pages.length)
  if (!workers) {
    for (let i = 0; i < pages.length; i++) {
      const cached = cache.get(pages[i]!.key)
      if (cached) deliver(i, cached)
      else {
        const bytes = pages[i]!.read()
        const pass = bytes ? passPage({ path: pages[i]!.path, bytes, boundaries: pages[i]!.boundaries, paper: pages[i]!.paper, print: pages[i]!.print, parts: pages[i]!.parts }, pages[i]!.issueId) : null
        if (pass) cache.put(pages[i]!.key, pass)
        deliver(i, pass)
      }
    }
    return
  }
  // cached pages are delivered as the order reaches them; the others go to the workers in batches
  let scan = 0
  const fill = () => {
    while (todo.length < BATCH && scan < pages.length && scan - next < WINDOW) {
      const cached = cache.get(pages[scan]!.key)
      if (cached) deliver(scan, cached)
      else build(scan)
      scan++
    }
  }
  await new Promise<void>((resolve, reject) => {
    let running = 0
    // the worker runs the same TypeScript sources as the main thread, through the same loader (tsx)
    const pool = Array.from({ length: workers }, () => new Worker(new URL('./page-worker.mjs', import.meta.url)))
    const finish = () => {
      for (const w of pool) void w.terminate()
      resolve()
    }
    const dispatch = (w: Worker) => {
      fill()
      if (!todo.length) {
        if (!running) finish()
        return
      }
      running++
      w.postMessage(todo.splice(0, BATCH))
    }
    for (const w of pool) {
      w.on('message', (results: { index: number; pass: PagePass }[]) => {
        running--
        for (const { index, pass } of results) {
          cache.put(pages[index]!.key, pass)
          deliver(index, pass)
        }
        dispatch(w)
      })
      w.on('error', reject)
    }
    for (const w of pool) dispatch(w)
  })
}

/** A page's pass again, for the later passes: from the cache, or built again when the cache could not keep it. */
export function passAgain(page: PageSource, cache: PageCache): PagePass | null {
  const cached = cache.peek(page.key)
  if (cached) return cached
  const bytes = page.read()
  return bytes ? passPage({ path: page.path, bytes, boundaries: page.boundaries, paper: page.paper, print: page.print, parts: page.parts }, page.issueId) : null
}
