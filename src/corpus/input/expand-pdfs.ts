// The input's PDFs as pages: each page of a PDF becomes a page of the build (paper.pdf#page=2), its text laid out
// from the PDF's geometry; page texts pass through as they are. What cannot be read is a diagnostic, the rest is
// built. Node only.
import type { Diagnostic } from '../lib/diagnostics'
import { readPdfPages } from './pdf-pages'

export interface InputPage {
  /** relative to the input folder; a PDF's page is its path and #page=N */
  path: string
  /** where its bytes are on disk */
  real: string
  /** a PDF page's text as laid out; a page text is read from `real` */
  text?: Uint8Array
}

const isPdf = (path: string) => /\.pdf$/i.test(path)

export async function expandPdfs(files: readonly InputPage[], readFile: (file: InputPage) => Uint8Array | null, problems: Diagnostic[]): Promise<InputPage[]> {
  const out: InputPage[] = []
  const encoder = new TextEncoder()
  for (const file of files) {
    if (!isPdf(file.path)) {
      out.push(file)
      continue
    }
    const bytes = readFile(file)
    if (!bytes) continue
    const { pages, problems: unread } = await readPdfPages(bytes, file.path)
    problems.push(...unread)
    for (const page of pages) out.push({ path: `${file.path}#page=${page.number}`, real: file.real, text: encoder.encode(page.text) })
  }
  return out
}
