// Stage: a scanned page (an image: a library's microfilm, a photograph of a bound volume) → the page as text, read
// by OCR that keeps the columns: the page's whitespace cuts it into blocks first (scan-regions.ts), each block's
// lines are found and read by PaddleOCR's Chinese models (PP-OCRv4 as ONNX, through @gutenye/ocr-node, on the CPU),
// and the lines, with where they stand and how tall their type is, go through the same geometry-to-text step as a
// PDF's (pdf-layout.ts). Each line keeps its recognition confidence; lines read with little are reported. The OCR
// packages are optional dependencies: without them a scan is a diagnostic saying so. Node only.
import type { Diagnostic } from '../lib/diagnostics'
import { pageText, type TextRun } from './pdf-layout'
import type { Doubtful, PdfPage } from './pdf-pages'
import { type InkMap, inkOf, lineHeight, regionsOf, withoutSpecks } from './scan-regions'
import { skewOf } from './scan-skew'

/** The printed page is kept this many pixels wide, as a PDF's is drawn. */
const IMAGE_WIDTH = 1240
/** Around each block, white space as the detector expects text to stand in (pixels). */
const MARGIN = 16
/** The height of body type the recogniser reads best, in pixels (PP-OCR's recogniser takes lines 48 high). */
const TYPE_PIXELS = 36
/** How far a body line's measured type size strays from the body's (a quarter). */
const BODY_SPREAD = 0.25
/** A page turned less than this (degrees) is read as it is: turning it would only soften its type. */
const MIN_SKEW = 0.2
/** A line read with less confidence than this is reported. */
const LOW_CONFIDENCE = 0.8

interface OcrLine {
  text: string
  mean: number
  box: [number, number][]
}
interface Ocr {
  detect(image: Buffer): Promise<OcrLine[]>
}
type Sharp = typeof import('sharp')

let engine: Promise<{ ocr: Ocr; sharp: Sharp } | null> | null = null

/** The OCR engine and the image library, loaded once a thread; null when the optional packages are not installed. */
function loadEngine() {
  engine ??= (async () => {
    try {
      const [{ default: Ocr }, { default: sharp }] = await Promise.all([import('@gutenye/ocr-node'), import('sharp')])
      return { ocr: (await Ocr.create()) as unknown as Ocr, sharp }
    } catch {
      return null
    }
  })()
  return engine
}

/** How many pixels of each grey level (0 black … 255 white) the image has. */
function histogramOf(grey: Uint8Array): Float64Array {
  const histogram = new Float64Array(256)
  for (const v of grey) histogram[v]!++
  return histogram
}

/** Otsu's threshold of a grey image: the level that best parts ink from paper, whatever the paper's grey. */
function otsu(grey: Uint8Array): number {
  const histogram = histogramOf(grey)
  let sum = 0
  for (let i = 0; i < 256; i++) sum += i * histogram[i]!
  let [below, sumBelow, best, threshold] = [0, 0, -1, 128]
  for (let t = 0; t < 256; t++) {
    below += histogram[t]!
    if (!below || below === grey.length) continue
    sumBelow += t * histogram[t]!
    const meanBelow = sumBelow / below
    const meanAbove = (sum - sumBelow) / (grey.length - below)
    const between = below * (grey.length - below) * (meanBelow - meanAbove) ** 2
    if (between > best) [best, threshold] = [between, t + 1]
  }
  return threshold
}

/** How far the paper's light is averaged (pixels): wider than a line of type, narrower than a fold's shadow. */
const PAPER_SPREAD = 30
/** Paper darker than this (its median grey) is newsprint gone grey, evened out; whiter paper is read as it is. */
const WHITE_PAPER = 245
/** A band of the page whose light falls under this share of the page's is a shadow (a fold, a volume's gutter). */
const SHADOW = 0.8

/**
 * The paper's light evened out — grey newsprint, a fold's shadow, the gutter of a bound volume, a page lit from one
 * side: each pixel is taken against the light of the paper around it, so that the paper is white everywhere and ink
 * stays dark. A page of white paper in even light is read as it is (evening it out would thin its strokes).
 */
async function flatten(sharp: Sharp, pixels: Uint8Array, width: number, height: number): Promise<Uint8Array> {
  const light = await sharp(pixels, { raw: { width, height, channels: 1 } }).blur(PAPER_SPREAD).greyscale().raw().toBuffer()
  if (median(pixels) >= WHITE_PAPER && !shadowed(light, width, height)) return pixels
  const out = new Uint8Array(pixels.length)
  for (let i = 0; i < pixels.length; i++) out[i] = Math.min(255, Math.round((pixels[i]! * 255) / Math.max(1, light[i]!)))
  return out
}

/** The median grey level: the paper's, on a page mostly paper. */
function median(values: Uint8Array): number {
  const histogram = histogramOf(values)
  for (let v = 0, seen = 0; v < 256; v++) if ((seen += histogram[v]!) >= values.length / 2) return v
  return 255
}

/** Whether a band down or across the page is darker than the page's light by more than a shadow's share. */
function shadowed(light: Uint8Array, width: number, height: number): boolean {
  const [columns, rows] = [new Float64Array(width), new Float64Array(height)]
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) {
    columns[x]! += light[y * width + x]!
    rows[y]! += light[y * width + x]!
  }
  const dark = (sums: Float64Array, n: number) => {
    const means = [...sums].map((v) => v / n).sort((a, b) => a - b)
    return means[0]! < SHADOW * means[Math.floor(means.length * 0.9)]!
  }
  return dark(columns, height) || dark(rows, width)
}

/** The softening of the grey before it is parted into ink and paper (pixels): the grain of worn paper averages out. */
const SOFTEN = 1.5
/** An unsoftened page holding this many times the softened one's ink is grainy: its threshold cut the paper. */
const GRAINY = 2

/**
 * The page's ink: the grey's own, parted at Otsu's level — unless the page is grainy (worn paper, noise: its grey
 * has no valley between paper and ink, and the level cuts the paper in two, gutters and all), when the grey is
 * softened first, so that the grain falls on the paper's side, and the specks left are taken out. A clean page keeps
 * its strokes as printed (bold is told by their width). The lines themselves are read from the unsoftened grey.
 */
async function inkMap(sharp: Sharp, pixels: Uint8Array, width: number, height: number): Promise<InkMap> {
  const own = inkOf(pixels, width, height, otsu(pixels))
  const soft = await sharp(pixels, { raw: { width, height, channels: 1 } }).blur(SOFTEN).greyscale().raw().toBuffer()
  const grey = new Uint8Array(soft.buffer, soft.byteOffset, soft.length)
  const softened = withoutSpecks(inkOf(grey, width, height, otsu(grey)))
  const count = (m: InkMap) => m.ink.reduce((n, v) => n + v, 0)
  return count(own) > GRAINY * count(softened) ? softened : own
}

/**
 * A line's type size and weight from its ink: the height of the ink inside its box (the detector's box stands a
 * margin off the glyphs, the same few pixels round a headline and a line of body type, which would make their sizes
 * alike), and how much of the box the ink fills (bold strokes fill more).
 */
function typeOf(map: InkMap, [x, y, w, h]: [number, number, number, number]): { size: number; fill: number } {
  const [x0, y0] = [Math.max(0, Math.round(x)), Math.max(0, Math.round(y))]
  const [x1, y1] = [Math.min(map.width, Math.round(x + w)), Math.min(map.height, Math.round(y + h))]
  let [top, bottom, inked] = [-1, -1, 0]
  for (let row = y0; row < y1; row++) {
    const at = row * map.width
    let any = false
    for (let col = x0; col < x1; col++) {
      if (!map.ink[at + col]) continue
      inked++
      any = true
    }
    if (!any) continue
    if (top < 0) top = row
    bottom = row
  }
  const size = top < 0 ? h : bottom - top + 1
  return { size, fill: inked / Math.max(1, size * (x1 - x0)) }
}

/** A line whose ink fills its box this many times as much as the body's is set in bold (a section head). */
const BOLD_FILL = 1.3

/** Lines set bold: their ink fills their box well beyond the body's median. */
function markBold(runs: TextRun[], fills: number[]): TextRun[] {
  const body = [...fills].sort((a, b) => a - b)[Math.floor(fills.length / 2)] ?? 0
  return runs.map((r, i) => (fills[i]! >= BOLD_FILL * body ? { ...r, bold: true } : r))
}

/**
 * Body lines at one size: the ink of a line of body type is taller or shorter by its characters (（ and 。, 一 and
 * 曼), a spread the layout would read as lines of different type. Sizes within a quarter of the body's are the body's.
 */
function evenSizes(runs: TextRun[]): TextRun[] {
  const sizes = runs.map((r) => r.size).sort((a, b) => a - b)
  const body = sizes[Math.floor(sizes.length / 2)]!
  return runs.map((r) => (Math.abs(r.size - body) <= BODY_SPREAD * body ? { ...r, size: body } : r))
}

/** In a credit, a gap between characters wider than this many type sizes is a space (记者 徐明 叶如舟), not spacing. */
const WORD_GAP = 0.3

/** Where spaces part names: the credits after 记者, 通讯员, 摄影… up to the bracket or the sentence that ends them. */
const CREDITS = /(?:实习记者|记者|通讯员|摄影|摄像|编辑|撰稿|作者)[：:]?[^（）()，。；：:]{2,24}|[^（）()，。；：:\s]{2,24}(?:摄影报道|摄影|摄)$/g

/**
 * The spaces a recogniser leaves out between names in a credit, put back where the line's ink has a gap a word wide:
 * its characters stand at even steps (a Han character or a full-width mark one step, a Latin letter or a digit half of
 * one), so a gap's place in the box is a place between two characters. Without them 记者 徐明 叶如舟 would be one
 * name. (Only in credits: elsewhere a gap is as likely a mark the recogniser missed, and Chinese text needs no space.)
 */
function withWordGaps(text: string, map: InkMap, [x, y, w, h]: [number, number, number, number], size: number): string {
  const credits = [...text.matchAll(CREDITS)].map((m) => [m.index, m.index + m[0].length] as const)
  if (!credits.length) return text
  const chars = [...text]
  const steps = chars.map((c): number => (/[\x21-\x7e]/.test(c) ? 0.5 : /\s/.test(c) ? 0 : 1))
  const total = steps.reduce((a, b) => a + b, 0)
  if (!total) return text
  const pitch = w / total
  // the columns of the box with no ink: runs of them a word wide are the gaps
  const [x0, x1, y0, y1] = [Math.max(0, Math.round(x)), Math.min(map.width, Math.round(x + w)), Math.max(0, Math.round(y)), Math.min(map.height, Math.round(y + h))]
  const boundaries: number[] = []
  for (let col = x0, start = -1; col <= x1; col++) {
    let blank = col < x1
    for (let row = y0; blank && row < y1; row++) if (map.ink[row * map.width + col]) blank = false
    if (blank && start < 0) start = col
    else if (!blank && start >= 0) {
      if (col - start >= WORD_GAP * size && start > x0) boundaries.push((start + col) / 2 - x)
      start = -1
    }
  }
  const spaceBefore = new Set<number>()
  for (const at of boundaries) {
    let [best, distance, position] = [-1, Infinity, 0]
    for (let k = 1; k < chars.length; k++) {
      position += steps[k - 1]! * pitch
      if (Math.abs(position - at) < distance) [best, distance] = [k, Math.abs(position - at)]
    }
    const inCredit = credits.some(([from, to]) => best > from + 1 && best < to)
    if (best > 0 && distance <= 0.5 * pitch && inCredit && !/\s/.test(chars[best - 1]! + chars[best]!)) spaceBefore.add(best)
  }
  return chars.map((c, k) => (spaceBefore.has(k) ? ` ${c}` : c)).join('')
}

/** A scanned page read by OCR, as a PDF page is read from its text layer; what could not be read, named by `path`. */
export async function readScanPage(bytes: Uint8Array, path: string): Promise<{ pages: PdfPage[]; problems: Diagnostic[] }> {
  const problems: Diagnostic[] = []
  const problem = (ruleId: string, message: string, fatal: boolean) => problems.push({ file: path, line: 0, ruleId, message, fatal })
  const loaded = await loadEngine()
  if (!loaded) {
    problem('ocr/unavailable', 'reading scans needs the OCR packages (@gutenye/ocr-node, an optional dependency): run npm install; the other pages are built', true)
    return { pages: [], problems }
  }
  const { ocr, sharp } = loaded
  let grey: { data: Buffer; info: { width: number; height: number } }
  try {
    // (turned as the camera says it was held)
    grey = await sharp(bytes).rotate().greyscale().raw().toBuffer({ resolveWithObject: true })
  } catch (e) {
    problem('ocr/unreadable', `the image cannot be read (${(e as Error).message}); the other pages are built`, true)
    return { pages: [], problems }
  }
  let { width, height } = grey.info
  let pixels = await flatten(sharp, new Uint8Array(grey.data.buffer, grey.data.byteOffset, grey.data.length), width, height)
  let map = await inkMap(sharp, pixels, width, height)
  // a page laid askew is turned straight first: lines of type across a slant would run into the lines beside them
  const skew = skewOf(map)
  if (Math.abs(skew) >= MIN_SKEW) {
    const straight = await sharp(pixels, { raw: { width, height, channels: 1 } }).rotate(-skew, { background: '#ffffff' }).greyscale().raw().toBuffer({ resolveWithObject: true })
    ;({ width, height } = straight.info)
    pixels = new Uint8Array(straight.data.buffer, straight.data.byteOffset, straight.data.length)
    map = await inkMap(sharp, pixels, width, height)
  }
  const runs: TextRun[] = []
  const fills: number[] = []
  const doubtful: Doubtful[] = []
  // the recogniser reads type best some 36 pixels tall: a scan's smaller type is enlarged to it
  const scale = Math.min(3, Math.max(1, TYPE_PIXELS / lineHeight(map)))
  for (const [x, y, w, h] of regionsOf(map)) {
    // the block on white, its size a multiple of 32 (the detector's grid), so that its boxes are the block's pixels
    const [padW, padH] = [Math.ceil((w * scale + 2 * MARGIN) / 32) * 32, Math.ceil((h * scale + 2 * MARGIN) / 32) * 32]
    const [sw, sh] = [Math.round(w * scale), Math.round(h * scale)]
    const crop = await sharp(pixels, { raw: { width, height, channels: 1 } }).extract({ left: x, top: y, width: w, height: h }).resize({ width: sw, height: sh })
      .extend({ top: MARGIN, left: MARGIN, bottom: padH - sh - MARGIN, right: padW - sw - MARGIN, background: '#ffffff' }).png().toBuffer()
    for (const line of await ocr.detect(crop)) {
      const text = line.text.trim()
      if (!text) continue
      const xs = line.box.map((p) => (p[0] - MARGIN) / scale)
      const ys = line.box.map((p) => (p[1] - MARGIN) / scale)
      // a line found in a block stands inside it: the detector's box reaches into the white around a soft (blurred)
      // line, and a box over the gutter would run two columns together in the reading order
      const [left, top] = [Math.max(0, Math.min(...xs)), Math.max(0, Math.min(...ys))]
      const [right, bottom] = [Math.min(w, Math.max(...xs)), Math.min(h, Math.max(...ys))]
      const box: [number, number, number, number] = [x + left, y + top, right - left, bottom - top]
      const { size, fill } = typeOf(map, box)
      runs.push({ text: withWordGaps(text, map, box, size), x: box[0], y: box[1], width: box[2], size })
      fills.push(fill)
      if (line.mean < LOW_CONFIDENCE) doubtful.push({ text, confidence: Math.round(line.mean * 100) / 100 })
    }
  }
  if (!runs.length) {
    problem('ocr/no-text', 'no text was found on the image; it is not built', true)
    return { pages: [], problems }
  }
  const named = doubtful.slice(0, 5).map((d) => `${d.text.slice(0, 20)} (${d.confidence.toFixed(2)})`)
  if (doubtful.length) problem('ocr/low-confidence', `${doubtful.length} of ${runs.length} lines read with confidence under ${LOW_CONFIDENCE}: ${named.join('; ')}${doubtful.length > 5 ? '; …' : ''}`, false)
  // the page as read (turned straight), so that each line's box stands on its print
  const image = await sharp(pixels, { raw: { width, height, channels: 1 } }).resize({ width: Math.min(IMAGE_WIDTH, width) }).webp({ quality: 72 }).toBuffer()
  return { pages: [{ number: 1, ...pageText(evenSizes(markBold(runs, fills))), width, height, image: new Uint8Array(image), ...(doubtful.length ? { doubtful } : {}) }], problems }
}
