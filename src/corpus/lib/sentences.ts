// Sentences of an article, each with the paragraph it stands in: the unit a claim links back to.
import type { Article } from '../../shared/corpus-schema'
import { foldWidth } from './width'

export interface Sentence {
  text: string
  paragraph: number
  /** index of the sentence within the article */
  index: number
}

/** Sentences as printed, split where the width-folded text ends one (a half-width ; or ! next to Chinese too). */
function splitSentences(text: string): string[] {
  const folded = foldWidth(text)
  const out: string[] = []
  let from = 0
  for (const m of folded.matchAll(/[。！？；][”’」』）)]*/g)) {
    const end = m.index + m[0].length
    out.push(text.slice(from, end))
    from = end
  }
  out.push(text.slice(from))
  return out.filter((s) => s.trim())
}

export function articleSentences(article: Pick<Article, 'paragraphs'>): Sentence[] {
  const out: Sentence[] = []
  article.paragraphs.forEach((p, paragraph) => {
    for (const text of splitSentences(p)) out.push({ text, paragraph, index: out.length })
  })
  return out
}

/** How often a word occurs in a text, without overlaps (0 for none or no word). */
export function occurrences(text: string, word: string | null): number {
  if (!word) return 0
  let n = 0
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) n++
  return n
}

/** Longer than this, a "sentence" is a run the page never ended (a list of thousands of names): not evidence whole. */
const EVIDENCE_CHARS = 1000
/** Characters kept on each side of the words a claim was read from, in a sentence that long. */
const EVIDENCE_CONTEXT = 300

/**
 * The sentence a claim was read from, as evidence: whole, or for a run longer than any sentence the part around
 * `words`, cut with '…' — so that a page of one endless line keeps its evidence (and the builder's memory) in
 * proportion to its claims, not to their number times its length.
 */
export function evidenceOf(sentence: string, words: string): string {
  if (sentence.length <= EVIDENCE_CHARS) return sentence
  const at = Math.max(0, sentence.indexOf(words))
  const from = Math.max(0, at - EVIDENCE_CONTEXT)
  const to = Math.min(sentence.length, at + words.length + EVIDENCE_CONTEXT)
  return `${from > 0 ? '…' : ''}${sentence.slice(from, to)}${to < sentence.length ? '…' : ''}`
}
