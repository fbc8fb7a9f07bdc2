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

/** A stretch of the text to show as uncertain (a line OCR read with little confidence), with what to say of it. */
export interface Doubt {
  start: number
  end: number
  title: string
}

/** Every occurrence of each doubtful text (spaces aside: OCR put some in), as stretches of `text`. */
export function doubtsOf(text: string, doubtful: { text: string; title: string }[]): Doubt[] {
  if (!doubtful.length) return []
  // the text without spaces, and where each of its characters stands in the text
  const at: number[] = []
  let bare = ''
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i]!)) continue
    at.push(i)
    bare += text[i]
  }
  const out: Doubt[] = []
  for (const d of doubtful) {
    const needle = d.text.replace(/\s+/g, '')
    if (needle.length < 2) continue
    for (let k = bare.indexOf(needle); k >= 0; k = bare.indexOf(needle, k + needle.length)) out.push({ start: at[k]!, end: at[k + needle.length - 1]! + 1, title: d.title })
  }
  return out
}

/**
 * Splits the text at the spans (earlier and longer ones win an overlap) and renders each part; stretches in `doubts`
 * are underlined beneath them (a link inside one stays whole), saying why.
 */
export function MarkedText({ text, spans, doubts = [] }: { text: string; spans: Span[]; doubts?: Doubt[] }) {
  const chosen: Span[] = []
  for (const s of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (!chosen.length || s.start >= chosen.at(-1)!.end) chosen.push(s)
  }
  const nodes: ReactNode[] = []
  const doubtAt = (start: number, end: number) => doubts.find((d) => d.start < end && d.end > start)
  const wrap = (node: ReactNode, start: number, end: number, key: string) => {
    const d = doubtAt(start, end)
    return d ? <span key={key} className="underline decoration-orange-500 decoration-wavy decoration-1 underline-offset-4" title={d.title} data-doubtful>{node}</span> : node
  }
  // plain text is cut where a doubtful stretch begins or ends, so that only its own characters are marked
  const plain = (from: number, to: number, key: string) => {
    const cuts = [...new Set([from, to, ...doubts.flatMap((d) => [d.start, d.end]).filter((c) => c > from && c < to)])].sort((a, b) => a - b)
    for (let k = 0; k + 1 < cuts.length; k++) nodes.push(wrap(text.slice(cuts[k], cuts[k + 1]), cuts[k]!, cuts[k + 1]!, `${key}-${k}`))
  }
  let at = 0
  chosen.forEach((s, i) => {
    if (s.start > at) plain(at, s.start, `p${i}`)
    nodes.push(wrap(s.render(text.slice(s.start, s.end), `s${i}`), s.start, s.end, `d${i}`))
    at = s.end
  })
  if (at < text.length) plain(at, text.length, 'end')
  return <>{nodes}</>
}
