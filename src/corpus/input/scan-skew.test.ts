import { describe, expect, it } from 'vitest'
import type { InkMap } from './scan-regions'
import { skewOf } from './scan-skew'

/** Two columns of lines of type 10 px tall, a line every 18 px, falling `deg` degrees to the right. */
function turnedPage(deg: number): InkMap {
  const [width, height] = [600, 500]
  const ink = new Uint8Array(width * height)
  const slope = Math.tan((deg * Math.PI) / 180)
  for (const x0 of [40, 320]) {
    for (let top = 40; top < 440; top += 18) {
      for (let x = x0; x < x0 + 240; x++) {
        // glyphs 10 px wide with 2 px between them
        if ((x - x0) % 12 >= 10) continue
        for (let dy = 0; dy < 10; dy++) {
          const y = Math.round(top + dy + x * slope)
          if (y >= 0 && y < height) ink[y * width + x] = 1
        }
      }
    }
  }
  return { width, height, ink }
}

describe('the skew of a scanned page', () => {
  it('measures how far the lines of type fall or rise, to a twentieth of a degree', () => {
    expect(skewOf(turnedPage(0))).toBe(0)
    expect(skewOf(turnedPage(1.5))).toBeCloseTo(1.5, 1)
    expect(skewOf(turnedPage(-2.2))).toBeCloseTo(-2.2, 1)
  })

  it('says 0 for a page without ink', () => {
    expect(skewOf({ width: 10, height: 10, ink: new Uint8Array(100) })).toBe(0)
  })
})
