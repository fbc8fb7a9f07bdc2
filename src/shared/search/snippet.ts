// Snippets of a result: the text around the first hit, with every hit as offsets (never markup).
import { normalise } from './normalise'

/** About 80 characters around the first hit, with every hit in it marked by [start, end) offsets. */
export function snippet(text: string, terms: string[], width = 80): { snippet: string; marks: [number, number][] } {
  const flat = text.replace(/\s*\n\s*/g, ' ')
  const lower = flat.toLowerCase()
  const needles = terms.map((t) => t.toLowerCase()).filter(Boolean)
  const first = Math.min(...needles.map((t) => lower.indexOf(t)).filter((i) => i >= 0), Infinity)
  const start = first === Infinity ? 0 : Math.max(0, first - Math.floor(width / 3))
  const cut = flat.slice(start, start + width)
  const marks: [number, number][] = []
  const lowCut = cut.toLowerCase()
  for (const t of needles) for (let at = lowCut.indexOf(t); at >= 0; at = lowCut.indexOf(t, at + t.length)) marks.push([at, at + t.length])
  marks.sort((a, b) => a[0] - b[0])
  const prefix = start > 0 ? '…' : ''
  return { snippet: prefix + cut + (start + width < flat.length ? '…' : ''), marks: marks.map(([a, b]) => [a + prefix.length, b + prefix.length]) }
}

/** A snippet of the paragraphs when they hold a hit, else of the whole text (a hit in the headline or byline). */
export function snippetOf(text: string, body: string, terms: string[]) {
  const flat = normalise(body)
  return snippet(terms.some((t) => flat.includes(normalise(t))) ? body : text, terms)
}

/** How many times the terms occur in a text as searched (lower case, no spaces), each occurrence counted once. */
export function countHits(text: string, terms: string[]): number {
  let n = 0
  for (const t of terms) for (let at = text.indexOf(t); at >= 0; at = text.indexOf(t, at + t.length)) n++
  return n
}
