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
