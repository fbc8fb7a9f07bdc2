// The input's files as pages: each page of a PDF becomes a page of the build (paper.pdf#page=2), its text laid out
// from the PDF's geometry, with where each line is printed and an image of the printed page; a saved e-paper
// article page (.html) becomes a page text of its fields and body (epaper-html.ts), those of one printed page one
// page text (group-epaper-pages.ts); page texts pass through. A PDF
// is read once, in the worker pool (printed-pool.ts): what it gave is kept in the cache folder by the hash of its bytes
// (each page's text a file, which the build then reads as it reads a page text; the images as files), so a rebuild
// reads no PDF again and no page's text waits in memory. What cannot be read is a diagnostic, the rest is built.
// Node only.
import { join } from 'node:path'
import type { Diagnostic } from '../lib/diagnostics'
import type { PrintedPage } from '../page/page-stages'
import { epaperPageText } from './epaper-html'
import { groupSavedPages } from './group-epaper-pages'
import { contentHash, isKept, type KeptPages, readKept } from './keep-printed'
import { readPrinted } from './printed-pool'
import type { PrintedJob } from './printed-worker'

export interface InputPage {
  /** relative to the input folder; a page of a PDF of several pages is its path and #page=N */
  path: string
  /** where its bytes are on disk: a page text, or a PDF page's text as laid out (in the cache) */
  real: string
  /** an HTML page's text as read */
  text?: Uint8Array
  /** a PDF page's print: its size, where its lines are, and its image (`file`, written to the corpus as `image`) */
  print?: PrintedPage & { file: string }
  /** saved e-paper article pages put together as their printed page: each one and the line it begins on */
  parts?: { file: string; fromLine: number }[]
}

const isPdf = (path: string) => /\.pdf$/i.test(path)
const isHtml = (path: string) => /\.html?$/i.test(path)
const isScan = (path: string) => /\.(png|jpe?g|tiff?|webp)$/i.test(path)

/** `cacheDir`: where PDFs and scans read before are kept; `progress` is told of each one read; `ocr`: read scans. */
export async function expandInputs(files: readonly InputPage[], readFile: (file: InputPage) => Uint8Array | null, problems: Diagnostic[], cacheDir: string, progress: (done: number, of: number) => void = () => {}, options: { ocr?: boolean } = {}): Promise<InputPage[]> {
  const encoder = new TextEncoder()
  // first the PDFs not read before, in the pool; their bytes are hashed here and dropped
  const hashes = new Map<string, string>()
  const jobs: PrintedJob[] = []
  const queued = new Set<string>()
  const scans = options.ocr ? files.filter((f) => isScan(f.path)) : []
  if (!options.ocr) {
    // a page image is read only when asked: OCR takes a minute a page
    for (const f of files.filter((x) => isScan(x.path))) problems.push({ file: f.path, line: 0, ruleId: 'ocr/off', message: 'a page image (a scan) is read only with --ocr (npm run corpus -- --ocr …): it is not built', fatal: false })
  }
  for (const file of [...files.filter((f) => isPdf(f.path)), ...scans]) {
    const bytes = readFile(file)
    if (!bytes) continue
    // (a PDF read with --ocr reads its pages without a text layer too: kept apart from one read without)
    const hash = `${contentHash(bytes)}${options.ocr && isPdf(file.path) ? '-ocr' : ''}`
    hashes.set(file.path, hash)
    if (!queued.has(hash) && !isKept(cacheDir, hash)) jobs.push({ real: file.real, path: file.path, cacheDir, hash, kind: isPdf(file.path) ? 'pdf' : 'scan', ocr: !!options.ocr })
    queued.add(hash)
  }
  let done = 0
  const failed = new Map<string, string>()
  // what was read in this build (a scan met without the OCR packages is reported, not kept)
  const fresh = new Map<string, KeptPages>()
  await readPrinted(jobs, (job, error, kept) => {
    if (error) failed.set(job.hash, error)
    if (kept) fresh.set(job.hash, kept)
    progress(++done, jobs.length)
  })
  // saved article pages of one printed page are put together as that page, where the first of them stood
  const saved = files.filter((f) => isHtml(f.path)).flatMap((file) => {
    const bytes = readFile(file)
    return bytes ? [{ path: file.path, real: file.real, text: epaperPageText(bytes) }] : []
  })
  const grouped = new Map(groupSavedPages(saved).map((g) => [g.parts?.[0]?.file ?? g.path, g]))
  const out: InputPage[] = []
  for (const file of files) {
    if (isHtml(file.path)) {
      const page = grouped.get(file.path)
      if (page) out.push({ path: page.path, real: page.real, text: encoder.encode(page.text), ...(page.parts ? { parts: page.parts } : {}) })
      continue
    }
    if (isScan(file.path) && !options.ocr) continue
    if (!isPdf(file.path) && !isScan(file.path)) {
      out.push(file)
      continue
    }
    const hash = hashes.get(file.path)
    if (!hash) continue
    const pdf = fresh.get(hash) ?? readKept(cacheDir, hash)
    if (!pdf) {
      const what = isPdf(file.path) ? 'the PDF' : 'the image'
      problems.push({ file: file.path, line: 0, ruleId: isPdf(file.path) ? 'pdf/unreadable' : 'ocr/unreadable', message: `${what} cannot be read (${failed.get(hash) ?? 'its reader stopped'}): its pages are not read; the other pages are built`, fatal: true })
      continue
    }
    problems.push(...pdf.problems)
    // a PDF of one page (a 版面 PDF) or a scan is that page, named by its file; a PDF of several pages names each (#page=N)
    const single = isScan(file.path) || (pdf.pages.length === 1 && pdf.pages[0]!.number === 1 && !pdf.problems.length)
    for (const page of pdf.pages) {
      const path = single ? file.path : `${file.path}#page=${page.number}`
      out.push({ path, real: join(cacheDir, page.text), print: { ...page.print, file: join(cacheDir, page.print.image) } })
    }
  }
  return out
}
