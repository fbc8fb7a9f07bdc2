// PDFs and scans read in worker threads, a few at a time: reading and drawing a printed page costs about a second of
// one core (reading a scan by OCR, a minute), so a folder of a paper's pages is read on every core, and no thread
// holds more than the file it is reading. Each worker keeps what it read in the cache (keep-printed.ts); the caller
// reads it back from there.
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { type KeptPages, readAndKeep } from './keep-printed'
import type { PrintedJob } from './printed-worker'

/** Fewer files than this are read on the main thread: starting a worker costs more than one page. */
const MIN_FILES_FOR_WORKERS = 3

function workerCount(jobs: number): number {
  const env = Number(process.env.XIANBAO_WORKERS)
  if (Number.isInteger(env) && env >= 0) return Math.min(env, jobs)
  return jobs < MIN_FILES_FOR_WORKERS ? 0 : Math.min(jobs, Math.max(1, Math.min(4, availableParallelism())))
}

/**
 * Reads every job's PDF into the cache; `onDone` after each (for a progress line). A PDF that fails outright (a
 * worker's error) is left unkept: the caller finds no cache entry and reports the file.
 */
export async function readPrinted(jobs: readonly PrintedJob[], onDone: (job: PrintedJob, error: string | null, kept?: KeptPages) => void): Promise<void> {
  const workers = workerCount(jobs.length)
  if (!workers) {
    for (const job of jobs) {
      try {
        onDone(job, null, await readAndKeep(job.real, job.path, job.cacheDir, job.hash, job.kind, job.ocr))
      } catch (e) {
        onDone(job, (e as Error).message)
      }
    }
    return
  }
  // the drawing library (a NAPI-RS addon) loaded on the main thread too: unloaded with the last worker that loaded
  // it, it crashes the process as the worker exits (napi-rs/napi-rs: workers and addons' thread-local data)
  await import('@napi-rs/canvas')
  const queue = [...jobs]
  await new Promise<void>((resolve) => {
    let running = 0
    // a worker that dies (a PDF that exhausts its memory) reports its PDF and is replaced: the others are read
    const spawn = () => {
      running++
      let current: PrintedJob | null = null
      const w = new Worker(new URL('./printed-worker.mjs', import.meta.url))
      const next = () => {
        current = queue.shift() ?? null
        if (current) return w.postMessage(current)
        void w.terminate()
        if (--running === 0) resolve()
      }
      w.on('message', (result: { ok: boolean; message?: string; kept?: KeptPages }) => {
        onDone(current!, result.ok ? null : (result.message ?? 'unknown error'), result.kept)
        next()
      })
      w.on('error', (e) => {
        if (current) onDone(current, e.message)
        running--
        if (queue.length) spawn()
        else if (running === 0) resolve()
      })
      next()
    }
    for (let i = 0; i < workers; i++) spawn()
  })
}
