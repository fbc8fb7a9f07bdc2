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
