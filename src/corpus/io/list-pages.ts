// The pages of the input folder: every *.txt, *.md and *.text under it, every *.pdf (a paper's page PDFs, read by
// input/pdf-pages.ts), *.html (saved e-paper article pages, input/epaper-html.ts) and page images (scans, read by
// OCR with --ocr: input/scan-pages.ts), following symbolic links.
import { readdirSync, realpathSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import type { Diagnostic } from '../lib/diagnostics'

const INPUT_EXTENSIONS = /\.(txt|md|text|pdf|html?|png|jpe?g|tiff?|webp)$/i

/** A failure of the file system, named by the path it concerns: ENOSPC, EACCES, ENOTDIR… */
export const ioCode = (e: unknown) => (e as NodeJS.ErrnoException).code ?? 'error'
export const ioWarning = (ruleId: string, path: string, message: string): Diagnostic => ({ file: path, line: 0, ruleId, message, fatal: true })

/**
 * Every page text under root, following symbolic links to files and folders (each real folder once); a folder
 * that cannot be listed or a link that leads nowhere is a diagnostic, and the rest is still read.
 */
export function listPages(root: string, problems: Diagnostic[]): string[] {
  const out: string[] = []
  const seen = new Set<string>()
  const walk = (dir: string) => {
    let entries
    try {
      const real = realpathSync(dir)
      if (seen.has(real)) return
      seen.add(real)
      entries = readdirSync(dir, { withFileTypes: true })
    } catch (e) {
      problems.push(ioWarning('io/unlistable', relative(root, dir) || '.', `the folder cannot be listed (${ioCode(e)}); its pages are not read`))
      return
    }
    for (const entry of entries) {
      const path = join(dir, entry.name)
      let isDir = entry.isDirectory()
      let isFile = entry.isFile()
      if (entry.isSymbolicLink()) {
        let target
        try {
          target = statSync(path)
        } catch (e) {
          if (INPUT_EXTENSIONS.test(entry.name)) problems.push(ioWarning('io/broken-link', relative(root, path), `a symbolic link that leads to no file (${ioCode(e)}): the page is not read`))
          continue
        }
        ;[isDir, isFile] = [target.isDirectory(), target.isFile()]
      }
      if (isDir) walk(path)
      else if (isFile && INPUT_EXTENSIONS.test(entry.name)) out.push(path)
    }
  }
  walk(root)
  return out.sort()
}

/** A file larger than this is no printed page (a dump, a log, an archive renamed): named, not read. */
const MAX_PAGE_BYTES = 8 * 2 ** 20
/** A paper's page PDF holds its fonts and pictures: larger than a text, bounded still (a whole issue is ~100 MB). */
const MAX_PDF_BYTES = 256 * 2 ** 20

/** The pages under root with their paths relative to it; one larger than a page of its kind is a diagnostic. */
export function pagesOfSize(root: string, paths: readonly string[], problems: Diagnostic[]): { path: string; real: string }[] {
  return paths.flatMap((p) => {
    const path = relative(root, p).split(sep).join('/')
    const size = statSync(p, { throwIfNoEntry: false })?.size ?? 0
    const max = /\.(pdf|png|jpe?g|tiff?|webp)$/i.test(path) ? MAX_PDF_BYTES : MAX_PAGE_BYTES
    if (size <= max) return [{ path, real: p }]
    problems.push(ioWarning('input/too-large', path, `the file is ${(size / 2 ** 20).toFixed(0)} MB, more than any printed page (${max / 2 ** 20} MB): not read; the other pages are built`))
    return []
  })
}
