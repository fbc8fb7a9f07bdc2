// A worker thread of the pool of printed pages: reads the PDF or the scan it is sent and keeps what it gave in the
// cache (keep-printed.ts).
import { parentPort } from 'node:worker_threads'
import { type PrintedKind, readAndKeep } from './keep-printed'

export interface PrintedJob {
  real: string
  path: string
  cacheDir: string
  hash: string
  kind: PrintedKind
  /** a PDF's pages without a text layer are read by OCR */
  ocr: boolean
}

parentPort?.on('message', (job: PrintedJob) => {
  readAndKeep(job.real, job.path, job.cacheDir, job.hash, job.kind, job.ocr).then(
    (kept) => parentPort!.postMessage({ ok: true, kept }),
    (e: unknown) => parentPort!.postMessage({ ok: false, message: (e as Error).message }),
  )
})
