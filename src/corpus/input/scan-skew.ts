// Stage helper: how far a scanned page is turned (a page laid a little askew on the glass, a photograph of a
// bound volume). Lines of type are rows of ink: sheared by the right angle, the ink's row profile is sharpest —
// tall peaks at the lines, nothing in the leading — so the angle whose profile has the largest sum of squares is
// the page's skew. Pure: an ink map in, degrees out (positive: the lines fall to the right, clockwise).
import type { InkMap } from './scan-regions'

/** The largest skew looked for, in degrees: a page turned further is a photograph to be turned by hand. */
const MAX_SKEW = 5
/** Every SAMPLE-th column is sampled, every row (rows skipped would favour the unturned angle: half the bins). */
const SAMPLE = 2

/** The page's skew in degrees, to a twentieth of a degree; 0 for a page without ink. */
export function skewOf(map: InkMap): number {
  const points = inkPoints(map)
  if (points.length < 100) return 0
  const sharpness = (deg: number) => profileEnergy(points, Math.tan((deg * Math.PI) / 180), map.height + map.width)
  // coarse to fine: every half degree, then every twentieth around the best
  let best = 0
  let bestEnergy = sharpness(0)
  for (let deg = -MAX_SKEW; deg <= MAX_SKEW; deg += 0.5) {
    const e = sharpness(deg)
    if (e > bestEnergy) [best, bestEnergy] = [deg, e]
  }
  const coarse = best
  for (let deg = coarse - 0.5; deg <= coarse + 0.5; deg += 0.05) {
    const e = sharpness(deg)
    if (e > bestEnergy) [best, bestEnergy] = [deg, e]
  }
  return Math.round(best * 20) / 20
}

/** Inked pixels of every SAMPLE-th column, as x and y pairs. */
function inkPoints(map: InkMap): Int32Array {
  const out: number[] = []
  for (let y = 0; y < map.height; y++) {
    const row = y * map.width
    for (let x = 0; x < map.width; x += SAMPLE) if (map.ink[row + x]) out.push(x, y)
  }
  return Int32Array.from(out)
}

/** The sum of squares of the row profile of the points sheared by `slope` (rows of y − x·slope). */
function profileEnergy(points: Int32Array, slope: number, span: number): number {
  const bins = new Float64Array(2 * span)
  for (let i = 0; i < points.length; i += 2) {
    const row = Math.round(points[i + 1]! - points[i]! * slope) + span
    if (row >= 0 && row < bins.length) bins[row]!++
  }
  let energy = 0
  for (const v of bins) energy += v * v
  return energy
}
