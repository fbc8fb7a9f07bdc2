// A PDF read once and kept in the cache folder by the hash of its bytes: each page's text as a file of its own (the
// build reads it as it reads a page text, so no page's text waits in memory), its print (size, where its lines are)
// and its image, named by content; then the JSON that names them, written last, so a half-kept PDF is read again.
// Node only; run in a worker of the pool (pdf-pool.ts) or on the main thread.
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Diagnostic } from '../lib/diagnostics'
import type { PrintedPage } from '../page/page-stages'
import { readPdfPages } from './pdf-pages'

export interface KeptPdf {
  /** `text`: the page text's file in the cache folder */
  pages: { number: number; text: string; print: PrintedPage }[]
  problems: Diagnostic[]
}

export const pdfHash = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex').slice(0, 32)

export function readKept(cacheDir: string, hash: string): KeptPdf | null {
  try {
    return JSON.parse(readFileSync(join(cacheDir, `${hash}.pages.json`), 'utf8')) as KeptPdf
  } catch {
    return null
  }
}

/** Reads the PDF at `real` (named `path` in diagnostics) and keeps what it gave under `hash`. */
export async function readAndKeep(real: string, path: string, cacheDir: string, hash: string): Promise<KeptPdf> {
  const { pages, problems } = await readPdfPages(new Uint8Array(readFileSync(real)), path)
  mkdirSync(join(cacheDir, 'print'), { recursive: true })
  const kept: KeptPdf = { pages: [], problems: problems.map((d) => ({ ...d })) }
  for (const page of pages) {
    // the image is named by its content: a corpus file that never changes under its name
    const image = `print/${createHash('sha256').update(page.image).digest('hex').slice(0, 20)}.webp`
    writeFileSync(join(cacheDir, image), page.image)
    const text = `${hash}-${page.number}.txt`
    writeFileSync(join(cacheDir, text), page.text)
    kept.pages.push({ number: page.number, text, print: { image, width: page.width, height: page.height, boxes: page.boxes } })
  }
  const temp = join(cacheDir, `${hash}.pages.json.partial`)
  writeFileSync(temp, JSON.stringify(kept))
  renameSync(temp, join(cacheDir, `${hash}.pages.json`))
  return kept
}
