// A worker thread of the builder: builds the pages it is sent (pipeline.passPage) and returns their passes.
import { parentPort } from 'node:worker_threads'
import type { PageFix } from '../page/page-stages'
import { type PagePart, type PaperHint, passPage, type PrintedPage } from '../pipeline'

export interface PageJob {
  index: number
  path: string
  bytes: Uint8Array
  issueId: string
  boundaries?: readonly PageFix[]
  paper?: PaperHint
  print?: PrintedPage
  parts?: readonly PagePart[]
}

parentPort?.on('message', (jobs: PageJob[]) => {
  parentPort!.postMessage(jobs.map((job) => ({ index: job.index, pass: passPage({ path: job.path, bytes: job.bytes, boundaries: job.boundaries, paper: job.paper, print: job.print, parts: job.parts }, job.issueId) })))
})
