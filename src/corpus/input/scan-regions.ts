// Stage: a scanned page's ink → the blocks of print its whitespace parts (columns, boxes, headlines), so that text
// is found and read block by block and no line runs across a gutter. A text detector left to the whole page joins
// lines of neighbouring columns that sit on one baseline; the page's own whitespace does not: a recursive XY-cut of
// the ink — a gap across the region (rows) or down it (columns) wider than the gaps inside a line of type — cuts it
// into blocks. Pure: an ink map in, rectangles out.

/** An ink map: `ink[y * width + x]` is 1 where the page is printed. */
export interface InkMap {
  width: number
  height: number
  ink: Uint8Array
}

/** A rectangle of the image in pixels: x, y, width, height. */
export type Region = [number, number, number, number]

/** A gap down a region is a gutter when it is this many times the body's line height wide (the PDF reader's too). */
const GUTTER = 1.2
/** A gap across a region parts blocks when it is this many times the line height tall (more than leading). */
const BLOCK_GAP = 0.9
/** Regions smaller than this (in pixels, either way) are specks, not print. */
const SPECK = 3

/** Ink of a map made from grey levels (0 black … 255 white): darker than `threshold` is ink. */
export function inkOf(grey: Uint8Array, width: number, height: number, threshold = 160): InkMap {
  const ink = new Uint8Array(width * height)
  for (let i = 0; i < ink.length; i++) ink[i] = grey[i]! < threshold ? 1 : 0
  return { width, height, ink }
}

/**
 * The ink without specks: a pixel with fewer than two inked neighbours is dust or the grain of worn paper, never a
 * stroke (a stroke a pixel wide has two along it), and specks in a gutter would hide the gutter.
 */
export function withoutSpecks(map: InkMap): InkMap {
  const { width, height, ink } = map
  const out = new Uint8Array(ink.length)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = y * width + x
      if (!ink[at]) continue
      let neighbours = 0
      for (let dy = -1; dy <= 1 && neighbours < 2; dy++) {
        const row = y + dy
        if (row < 0 || row >= height) continue
        for (let dx = -1; dx <= 1; dx++) {
          const col = x + dx
          if ((dx || dy) && col >= 0 && col < width && ink[row * width + col]) neighbours++
        }
      }
      if (neighbours >= 2) out[at] = 1
    }
  }
  return { width, height, ink: out }
}

/** The blocks of print, each a region holding one column's lines, top to bottom and left to right. */
export function regionsOf(map: InkMap): Region[] {
  const full = trim(map, [0, 0, map.width, map.height])
  if (!full) return []
  const out: Region[] = []
  // each region measured by its own type where that is larger than the body's: the gaps around a headline's
  // quotation marks are no gutter at its size (a small region's own measure is unsure: never below the page's)
  const body = lineHeight(map, full)
  const split = (region: Region) => {
    const line = Math.max(body, lineHeight(map, region))
    const across = gaps(map, region, 'rows', BLOCK_GAP * line)
    const down = gaps(map, region, 'columns', GUTTER * line)
    const parts = across.length ? cutAt(region, across, 'rows') : down.length ? cutAt(region, down, 'columns') : underSpanningLine(map, region, line)
    if (!parts) return void out.push(region)
    for (const part of parts) {
      const trimmed = trim(map, part)
      if (trimmed) split(trimmed)
    }
  }
  split(full)
  return out
}

/** The leading between two lines of type is at least this many times the line height. */
const LEADING = 0.3

/**
 * A line set across a gutter at the top of a block (a deck centred over two columns, closer to them than a block's
 * gap) hides the gutter below it: the block is cut under that line where the rest has a gutter.
 */
function underSpanningLine(map: InkMap, region: Region, line: number): Region[] | null {
  const [x, y, w, h] = region
  for (const [start, end] of gaps(map, region, 'rows', LEADING * line)) {
    const below: Region = [x, y + end, w, h - end]
    if (gaps(map, below, 'columns', GUTTER * line).length) return [[x, y, w, start], below]
    // only the first lines are tried: a gutter under a later line is found by the cuts of the parts
    if (start > 3 * line) break
  }
  return null
}

/**
 * The body's line height, the measure of every gap: the median height of the runs of inked rows in narrow strips
 * down the page (a strip lies within one column, whose lines a projection of the whole width would run together).
 */
export function lineHeight(map: InkMap, [x, y, w, h]: Region = [0, 0, map.width, map.height]): number {
  const runs: number[] = []
  const strip = Math.max(SPECK, Math.floor(w / 24))
  for (let sx = x; sx + strip <= x + w; sx += strip) {
    let run = 0
    for (const v of projection(map, [sx, y, strip, h], 'rows')) {
      if (v) run++
      else if (run) {
        runs.push(run)
        run = 0
      }
    }
    if (run) runs.push(run)
  }
  runs.sort((a, b) => a - b)
  return Math.max(SPECK, runs[Math.floor(runs.length / 2)] ?? SPECK)
}

/** Inked pixels in each row (or column) of a region. */
function projection(map: InkMap, [x0, y0, w, h]: Region, axis: 'rows' | 'columns'): Uint32Array {
  const out = new Uint32Array(axis === 'rows' ? h : w)
  for (let y = 0; y < h; y++) {
    const row = (y0 + y) * map.width + x0
    for (let x = 0; x < w; x++) if (map.ink[row + x]) out[axis === 'rows' ? y : x]!++
  }
  return out
}

/** The blank runs inside a region along an axis at least `min` long: [start, end) offsets. */
function gaps(map: InkMap, region: Region, axis: 'rows' | 'columns', min: number): [number, number][] {
  const profile = projection(map, region, axis)
  const out: [number, number][] = []
  let start = -1
  for (let i = 0; i < profile.length; i++) {
    if (!profile[i]) {
      if (start < 0) start = i
    } else if (start >= 0) {
      if (start > 0 && i - start >= min) out.push([start, i])
      start = -1
    }
  }
  return out
}

function cutAt([x, y, w, h]: Region, at: [number, number][], axis: 'rows' | 'columns'): Region[] {
  const parts: Region[] = []
  let from = 0
  for (const [start, end] of [...at, [axis === 'rows' ? h : w, axis === 'rows' ? h : w] as [number, number]]) {
    if (start > from) parts.push(axis === 'rows' ? [x, y + from, w, start - from] : [x + from, y, start - from, h])
    from = end
  }
  return parts
}

/** A region shrunk to its ink; null when it holds none worth reading. */
function trim(map: InkMap, region: Region): Region | null {
  const rows = projection(map, region, 'rows')
  const cols = projection(map, region, 'columns')
  const top = rows.findIndex((v) => v > 0)
  const left = cols.findIndex((v) => v > 0)
  if (top < 0 || left < 0) return null
  const bottom = rows.findLastIndex((v) => v > 0)
  const right = cols.findLastIndex((v) => v > 0)
  if (bottom - top + 1 < SPECK || right - left + 1 < SPECK) return null
  return [region[0] + left, region[1] + top, right - left + 1, bottom - top + 1]
}
