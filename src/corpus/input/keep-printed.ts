// A PDF read once and kept in the cache folder by the hash of its bytes: each page's text as a file of its own (the
// build reads it as it reads a page text, so no page's text waits in memory), its print (size, where its lines are)
// and its image, named by content; then the JSON that names them, written last, so a half-kept PDF is read again.
// Node only; run in a worker of the pool (printed-pool.ts) or on the main thread.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Diagnostic } from '../lib/diagnostics'
import type { PrintedPage } from '../page/page-stages'
import { readPdfPages } from './pdf-pages'
import { readScanPage } from './scan-pages'

export interface KeptPages {
  /** `text`: the page text's file in the cache folder */
  pages: { number: number; text: string; print: PrintedPage }[]
  problems: Diagnostic[]
}

let readers: string | null = null
/**
 * The version of the readers (this folder's sources): a file read by an older reader is read again, so a better
 * layout or OCR reaches pages read before. Part of every kept file's name.
 */
function readersVersion(): string {
  if (readers) return readers
  const dir = fileURLToPath(new URL('.', import.meta.url))
  const hash = createHash('sha256')
  for (const name of readdirSync(dir).filter((n) => /\.ts$/.test(n) && !/\.test\.ts$/.test(n)).sort()) hash.update(name).update(readFileSync(join(dir, name)))
  return (readers = hash.digest('hex').slice(0, 12))
}

/** A file's name in the cache: its bytes' hash and the readers' version. */
export const contentHash = (bytes: Uint8Array) => `${createHash('sha256').update(bytes).digest('hex').slice(0, 32)}-${readersVersion()}`

/** Whether a file was read and kept before (its JSON is written last, so a half-kept one is not). */
export const isKept = (cacheDir: string, hash: string) => existsSync(join(cacheDir, `${hash}.pages.json`))

export function readKept(cacheDir: string, hash: string): KeptPages | null {
  try {
    return JSON.parse(readFileSync(join(cacheDir, `${hash}.pages.json`), 'utf8')) as KeptPages
  } catch {
    return null
  }
}

/** What a printed page's file is: a PDF, or an image of a page to read by OCR. */
export type PrintedKind = 'pdf' | 'scan'

/** Reads the file at `real` (named `path` in diagnostics) and keeps what it gave under `hash`. */
export async function readAndKeep(real: string, path: string, cacheDir: string, hash: string, kind: PrintedKind, ocr = false): Promise<KeptPages> {
  const bytes = new Uint8Array(readFileSync(real))
  const { pages, problems } = kind === 'pdf' ? await readPdfPages(bytes, path, { ocr }) : await readScanPage(bytes, path)
  mkdirSync(join(cacheDir, 'print'), { recursive: true })
  const kept: KeptPages = { pages: [], problems: problems.map((d) => ({ ...d })) }
  for (const page of pages) {
    // the image is named by its content: a corpus file that never changes under its name
    const image = `print/${createHash('sha256').update(page.image).digest('hex').slice(0, 20)}.webp`
    writeFileSync(join(cacheDir, image), page.image)
    const text = `${hash}-${page.number}.txt`
    writeFileSync(join(cacheDir, text), page.text)
    kept.pages.push({ number: page.number, text, print: { image, width: page.width, height: page.height, boxes: page.boxes, ...(page.doubtful ? { doubtful: page.doubtful } : {}) } })
  }
  // a scan met without the OCR packages is not kept: read again once they are installed
  if (problems.some((d) => d.ruleId === 'ocr/unavailable')) return kept
  const temp = join(cacheDir, `${hash}.pages.json.partial`)
  writeFileSync(temp, JSON.stringify(kept))
  renameSync(temp, join(cacheDir, `${hash}.pages.json`))
  return kept
}
