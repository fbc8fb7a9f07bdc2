// The pages of the input folder: every *.txt, *.md and *.text under it, every *.pdf (a paper's page PDFs, read by
// input/pdf-pages.ts) and *.html (saved e-paper article pages, input/epaper-html.ts), following symbolic links.
import { readdirSync, realpathSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { Diagnostic } from '../lib/diagnostics'

const INPUT_EXTENSIONS = /\.(txt|md|text|pdf|html?)$/i

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

