// The input's files as pages: each page of a PDF becomes a page of the build (paper.pdf#page=2), its text laid out
// from the PDF's geometry, with where each line is printed and an image of the printed page; a saved e-paper
// article page (.html) becomes a page text of its fields and body (epaper-html.ts); page texts pass through. A PDF is read once: what it gave is kept in the cache folder by the hash of its bytes (the
// laid-out pages as JSON, the images as files), so a rebuild reads no PDF again. What cannot be read is a
// diagnostic, the rest is built. Node only.
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Diagnostic } from '../lib/diagnostics'
import type { PrintedPage } from '../page/page-stages'
import { epaperPageText } from './epaper-html'
import { readPdfPages } from './pdf-pages'

export interface InputPage {
  /** relative to the input folder; a page of a PDF of several pages is its path and #page=N */
  path: string
  /** where its bytes are on disk */
  real: string
  /** a PDF page's text as laid out, an HTML page's as read; a page text is read from `real` */
  text?: Uint8Array
  /** a PDF page's print: its size, where its lines are, and its image (`file`, written to the corpus as `image`) */
  print?: PrintedPage & { file: string }
}

interface CachedPdf {
  pages: { number: number; text: string; print: PrintedPage }[]
  problems: Diagnostic[]
}

const isPdf = (path: string) => /\.pdf$/i.test(path)
const isHtml = (path: string) => /\.html?$/i.test(path)

/** `cacheDir`: where PDFs read before are kept. */
export async function expandInputs(files: readonly InputPage[], readFile: (file: InputPage) => Uint8Array | null, problems: Diagnostic[], cacheDir: string): Promise<InputPage[]> {
  const out: InputPage[] = []
  const encoder = new TextEncoder()
  for (const file of files) {
    if (!isPdf(file.path) && !isHtml(file.path)) {
      out.push(file)
      continue
    }
    const bytes = readFile(file)
    if (!bytes) continue
    if (isHtml(file.path)) {
      out.push({ ...file, text: encoder.encode(epaperPageText(bytes)) })
      continue
    }
    const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 32)
    const pdf = readCached(cacheDir, hash) ?? (await readAndKeep(bytes, file.path, cacheDir, hash))
    problems.push(...pdf.problems)
    // a PDF of one page (a 版面 PDF) is that page, named by its file; a PDF of several pages names each (#page=N)
    const single = pdf.pages.length === 1 && pdf.pages[0]!.number === 1 && !pdf.problems.length
    for (const page of pdf.pages) {
      const path = single ? file.path : `${file.path}#page=${page.number}`
      out.push({ path, real: file.real, text: encoder.encode(page.text), print: { ...page.print, file: join(cacheDir, page.print.image) } })
    }
  }
  return out
}

function readCached(cacheDir: string, hash: string): CachedPdf | null {
  try {
    return JSON.parse(readFileSync(join(cacheDir, `${hash}.json`), 'utf8')) as CachedPdf
  } catch {
    return null
  }
}

/** Reads a PDF and keeps what it gave: the images first, then the JSON that names them (so a half-kept PDF is read again). */
async function readAndKeep(bytes: Uint8Array, path: string, cacheDir: string, hash: string): Promise<CachedPdf> {
  const { pages, problems } = await readPdfPages(bytes, path)
  mkdirSync(join(cacheDir, 'print'), { recursive: true })
  const kept: CachedPdf = { pages: [], problems: problems.map((d) => ({ ...d })) }
  for (const page of pages) {
    // the image is named by its content: a corpus file that never changes under its name
    const image = `print/${createHash('sha256').update(page.image).digest('hex').slice(0, 20)}.webp`
    writeFileSync(join(cacheDir, image), page.image)
    kept.pages.push({ number: page.number, text: page.text, print: { image, width: page.width, height: page.height, boxes: page.boxes } })
  }
  const temp = join(cacheDir, `${hash}.json.partial`)
  writeFileSync(temp, JSON.stringify(kept))
  renameSync(temp, join(cacheDir, `${hash}.json`))
  return kept
}
