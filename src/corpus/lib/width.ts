// Half-width punctuation as a reader of Chinese reads it. Web copies are often NFKC-normalised (`,` `(` `:`
// next to Chinese); rules are written against the full-width forms, so text is folded before they run. The
// fold maps one code unit to one, so offsets into the folded text are offsets into the printed one.

const FULL: Record<string, string> = { ',': '，', '(': '（', ')': '）', ':': '：', ';': '；', '!': '！', '?': '？' }
const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’《》]/

/** A half-width mark becomes full-width when a Chinese character or mark stands on either side of it. */
export function foldWidth(text: string): string {
  if (!/[,():;!?]/.test(text)) return text
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    const full = FULL[c]
    if (!full) {
      out += c
      continue
    }
    const before = neighbour(text, i, -1)
    const after = neighbour(text, i, 1)
    out += (before && CJK.test(before)) || (after && CJK.test(after)) ? full : c
  }
  return out
}

/** The nearest character on one side that is not a space or another half-width mark. */
function neighbour(text: string, at: number, step: 1 | -1): string | null {
  for (let i = at + step; i >= 0 && i < text.length; i += step) {
    const c = text[i]!
    if (c === ' ' || FULL[c]) continue
    return c
  }
  return null
}
