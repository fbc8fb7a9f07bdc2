// A worker thread of the builder: builds the pages it is sent (pipeline.passPage) and returns their passes.
import { parentPort } from 'node:worker_threads'
import { passPage } from '../pipeline'

export interface PageJob {
  index: number
  path: string
  bytes: Uint8Array
  issueId: string
}

parentPort?.on('message', (jobs: PageJob[]) => {
  parentPort!.postMessage(jobs.map((job) => ({ index: job.index, pass: passPage({ path: job.path, bytes: job.bytes }, job.issueId) })))
})
