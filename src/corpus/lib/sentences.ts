// Sentences of an article, each with the paragraph it stands in: the unit a claim links back to.
import type { Article } from '../schema'

export interface Sentence {
  text: string
  paragraph: number
  /** index of the sentence within the article */
  index: number
}

export function splitSentences(text: string): string[] {
  return text.split(/(?<=[。！？；])(?![”’」』）)])|(?<=[。！？；][”’」』）)])/).filter((s) => s.trim())
}

export function articleSentences(article: Pick<Article, 'paragraphs'>): Sentence[] {
  const out: Sentence[] = []
  article.paragraphs.forEach((p, paragraph) => {
    for (const text of splitSentences(p)) out.push({ text, paragraph, index: out.length })
  })
  return out
}
