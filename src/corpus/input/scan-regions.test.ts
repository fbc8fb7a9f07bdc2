import { describe, expect, it } from 'vitest'
import { type InkMap, regionsOf, withoutSpecks } from './scan-regions'

/** A page of `width` × `height` pixels with the given rectangles inked. */
function page(width: number, height: number, rects: [number, number, number, number][]): InkMap {
  const ink = new Uint8Array(width * height)
  for (const [x, y, w, h] of rects) for (let j = y; j < y + h; j++) for (let i = x; i < x + w; i++) ink[j * width + i] = 1
  return { width, height, ink }
}

/** Lines of type in a column: glyphs 10 px tall with 2 px between them, a line every 16 px. */
const column = (x: number, top: number, lines: number, width = 100): [number, number, number, number][] =>
  Array.from({ length: lines }, (_, l) => Array.from({ length: Math.floor(width / 12) }, (_, g): [number, number, number, number] => [x + g * 12, top + l * 16, 10, 10])).flat()

describe('the blocks of a scanned page', () => {
  it('parts columns at their gutter, the columns of neighbouring lines on one baseline included, and a headline over them', () => {
    // a headline across both columns, then two columns whose lines stand on the same baselines, 20 px apart
    const map = page(300, 200, [[20, 10, 220, 24], ...column(20, 50, 8), ...column(140, 50, 8)])
    const regions = regionsOf(map)
    expect(regions).toHaveLength(3)
    // no block runs across the gutter between x 118 and 140
    for (const [x, , w] of regions.filter(([, y]) => y >= 50)) expect(x + w <= 120 || x >= 140).toBe(true)
    expect(regions[0]).toEqual([20, 10, 220, 24])
  })

  it('cuts under a deck set across the gutter closer to the columns than a block gap, so the gutter below still parts them', () => {
    // a deck line over both columns, 6 px above them (under a block gap), the columns' gutter 20 px
    const map = page(300, 200, [[60, 34, 120, 10], ...column(20, 50, 8), ...column(140, 50, 8)])
    const regions = regionsOf(map)
    expect(regions[0]).toEqual([60, 34, 120, 10])
    for (const [x, , w] of regions.slice(1)) expect(x + w <= 120 || x >= 140).toBe(true)
    expect(regions).toHaveLength(3)
  })

  it('keeps the lines of one column together, and the words of a line whatever the spaces between them', () => {
    // one column; the second line has a word space of 8 px (under a gutter's width)
    const map = page(200, 120, [...column(10, 10, 3), [10, 60, 40, 10], [58, 60, 40, 10]])
    expect(regionsOf(map)).toEqual([[10, 10, 94, 60]])
  })

  it('takes specks of dust or grain out of the ink, so that a gutter full of them is still one', () => {
    const map = page(300, 200, [...column(20, 50, 8), ...column(140, 50, 8)])
    // specks down the gutter, each alone, at two places across it: no blank run as wide as a gutter is left
    for (let y = 50; y < 180; y += 7) map.ink[y * 300 + (y % 2 ? 124 : 132)] = 1
    expect(regionsOf(map)).toHaveLength(1)
    expect(regionsOf(withoutSpecks(map))).toHaveLength(2)
  })

  it('finds nothing on a blank page', () => {
    expect(regionsOf(page(50, 50, []))).toEqual([])
  })
})
