// Text with parts turned into links or marks, built as React nodes from offsets: corpus text is never HTML.
import type { ReactNode } from 'react'

export interface Span {
  start: number
  end: number
  render: (text: string, key: string) => ReactNode
}

/** Every occurrence of each needle in the text, as spans that render with `render`. */
export function spansOf(text: string, needles: string[], render: Span['render']): Span[] {
  const out: Span[] = []
  for (const n of needles) {
    if (!n) continue
    for (let at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + n.length)) out.push({ start: at, end: at + n.length, render })
  }
  return out
}

/** Splits the text at the spans (earlier and longer ones win an overlap) and renders each part. */
export function MarkedText({ text, spans }: { text: string; spans: Span[] }) {
  const chosen: Span[] = []
  for (const s of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (!chosen.length || s.start >= chosen.at(-1)!.end) chosen.push(s)
  }
  const nodes: ReactNode[] = []
  let at = 0
  chosen.forEach((s, i) => {
    if (s.start > at) nodes.push(text.slice(at, s.start))
    nodes.push(s.render(text.slice(s.start, s.end), `s${i}`))
    at = s.end
  })
  if (at < text.length) nodes.push(text.slice(at))
  return <>{nodes}</>
}
