// Stage: a paper's PDF (版面 PDF: one printed page a file, or several) → one page text for each of its pages, read
// from the text layer with positions (pdfjs-dist, in Node) and laid out by geometry (pdf-layout.ts). A page with no
// text layer (a scan inside a PDF), a damaged or an encrypted file is a diagnostic naming the file and the page;
// the rest of the build goes on. Node only.
import type { Diagnostic } from '../lib/diagnostics'
import { type Box, pageText, type TextRun } from './pdf-layout'
import { readScanPage } from './scan-pages'

export interface PdfPage {
  /** 1-based */
  number: number
  /** the page laid out as text, in reading order (headlines as `# ` lines) */
  text: string
  /** where each line of the text is printed, in points from the top left (null for a blank line) */
  boxes: (Box | null)[]
  /** the page's size in points */
  width: number
  height: number
  /** the printed page as an image (WebP), for the clip of an article beside its text */
  image: Uint8Array
  /** lines read by OCR with little confidence, as read (a scan's; none for a text layer) */
  doubtful?: Doubtful[]
}

/** A line of a scan the recogniser read with little confidence: its text as read, and the confidence (0–1). */
export interface Doubtful {
  text: string
  confidence: number
}

/** A page without a text layer is drawn at this resolution for OCR. */
const SCAN_DPI = 150

/** The printed page is drawn this many pixels wide: enough to read a column's type in a clip. */
const IMAGE_WIDTH = 1240

/** A page with fewer characters in its text layer than this is a picture of text (a scan), not text. */
const MIN_TEXT_CHARS = 20

interface PdfTextItem {
  str: string
  fontName: string
  transform: number[]
  width: number
  height: number
}

/** The pages of a PDF as texts, and what could not be read, named by `path` and page. */
export async function readPdfPages(bytes: Uint8Array, path: string, options: { ocr?: boolean } = {}): Promise<{ pages: PdfPage[]; problems: Diagnostic[] }> {
  const problems: Diagnostic[] = []
  const problem = (ruleId: string, message: string, page = 0) => problems.push({ file: page ? `${path}#page=${page}` : path, line: 0, ruleId, message, fatal: page === 0 })
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  let doc
  try {
    // a copy: pdfjs takes over the buffer it is given
    doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise
  } catch (e) {
    const name = (e as Error).name
    if (name === 'PasswordException') problem('pdf/encrypted', 'the PDF is encrypted (it asks for a password): its pages are not read; the other pages are built')
    else problem('pdf/unreadable', `the PDF cannot be read (${(e as Error).message}): its pages are not read; the other pages are built`)
    return { pages: [], problems }
  }
  const pages: PdfPage[] = []
  for (let n = 1; n <= doc.numPages; n++) {
    try {
      const page = await doc.getPage(n)
      const { width, height } = page.getViewport({ scale: 1 })
      const content = await page.getTextContent()
      // (runs of spaces are kept: a space the type set is a word gap of the text, 记者 叶琳)
      const items = (content.items as PdfTextItem[]).filter((i) => 'str' in i && i.str)
      if (items.reduce((count, i) => count + i.str.replace(/\s/g, '').length, 0) < MIN_TEXT_CHARS) {
        if (options.ocr) {
          // a scan inside a PDF: the page drawn at 150 dpi and read by OCR as an image of a page is
          const scanned = await readScanPage(await render(page, SCAN_DPI / 72, 'png'), `${path}#page=${n}`)
          problems.push(...scanned.problems)
          pages.push(...scanned.pages.map((p) => ({ ...p, number: n })))
        } else problem('pdf/no-text-layer', `page ${n} has no text layer (a scanned page?): it is not read; with --ocr it is read by OCR`, n)
        continue
      }
      // drawing the page loads its fonts, whose own names (NotoSerifCJKsc-Bold) tell a bold face
      const image = await render(page, IMAGE_WIDTH / width)
      const bold = new Map<string, boolean>()
      const isBold = (font: string) => {
        if (!bold.has(font)) {
          let name = ''
          try {
            name = (page.commonObjs.get(font) as { name?: string }).name ?? ''
          } catch {
            // a font pdfjs could not load: its runs are read as regular type
          }
          // a bold or heavy face, or a 黑体 (Hei): how section heads in body type are set
          bold.set(font, /bold|heavy|black|hei/i.test(name))
        }
        return bold.get(font)!
      }
      const runs: TextRun[] = items.map((i) => {
        const size = Math.hypot(i.transform[2]!, i.transform[3]!) || i.height
        // PDF space has its origin at the bottom left and y upwards; a run's transform gives its baseline
        return { text: i.str, x: i.transform[4]!, y: height - i.transform[5]! - size, width: i.width, size, bold: isBold(i.fontName) }
      })
      pages.push({ number: n, ...pageText(runs), width, height, image })
      page.cleanup()
    } catch (e) {
      problem('pdf/page-unreadable', `page ${n} cannot be read (${(e as Error).message}); the other pages are built`, n)
    }
  }
  await doc.destroy()
  return { pages, problems }
}

interface RenderablePage {
  getViewport(o: { scale: number }): { width: number; height: number }
  render(o: object): { promise: Promise<void> }
}

/** The page drawn at `scale` (pdfjs with @napi-rs/canvas) and encoded as WebP (or PNG, for OCR). */
async function render(page: RenderablePage, scale: number, format: 'webp' | 'png' = 'webp'): Promise<Uint8Array> {
  const { createCanvas } = await import('@napi-rs/canvas')
  const viewport = page.getViewport({ scale })
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height))
  await page.render({ canvas, canvasContext: canvas.getContext('2d'), viewport }).promise
  return format === 'png' ? canvas.encode('png') : canvas.encode('webp', 72)
}
