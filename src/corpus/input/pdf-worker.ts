// A worker thread of the PDF pool: reads the PDF it is sent and keeps what it gave in the cache (keep-pdf.ts).
import { parentPort } from 'node:worker_threads'
import { readAndKeep } from './keep-pdf'

export interface PdfJob {
  real: string
  path: string
  cacheDir: string
  hash: string
}

parentPort?.on('message', (job: PdfJob) => {
  readAndKeep(job.real, job.path, job.cacheDir, job.hash).then(
    () => parentPort!.postMessage({ ok: true }),
    (e: unknown) => parentPort!.postMessage({ ok: false, message: (e as Error).message }),
  )
})
