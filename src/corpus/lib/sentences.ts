// Sentences of an article, each with the paragraph it stands in: the unit a claim links back to.
import type { Article } from '../../shared/corpus-schema'
import { foldWidth } from './width'

export interface Sentence {
  /** as printed */
  text: string
  /** the same with half-width marks read as full-width (foldWidth): what the rules match, offset for offset */
  folded: string
  paragraph: number
  /** index of the sentence within the article */
  index: number
}

/** Sentences as printed and folded, split where the folded text ends one (a half-width ; or ! next to Chinese too). */
function splitFolded(text: string): { text: string; folded: string }[] {
  const folded = foldWidth(text)
  const out: { text: string; folded: string }[] = []
  let from = 0
  const take = (end: number) => {
    if (text.slice(from, end).trim()) out.push({ text: text.slice(from, end), folded: folded.slice(from, end) })
    from = end
  }
  for (const m of folded.matchAll(/[。！？；][”’」』）)]*/g)) take(m.index + m[0].length)
  take(text.length)
  return out
}

export const splitSentences = (text: string): string[] => splitFolded(text).map((s) => s.text)

// each fact stage reads an article's sentences: split once per article
const cache = new WeakMap<Pick<Article, 'paragraphs'>, Sentence[]>()

export function articleSentences(article: Pick<Article, 'paragraphs'>): Sentence[] {
  const known = cache.get(article)
  if (known) return known
  const out: Sentence[] = []
  article.paragraphs.forEach((p, paragraph) => {
    for (const s of splitFolded(p)) out.push({ ...s, paragraph, index: out.length })
  })
  cache.set(article, out)
  return out
}
