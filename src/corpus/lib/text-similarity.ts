// Character-bigram overlap: how much of a short text (a headline) is found in a longer one (an article).

const IGNORED = /[\s“”"‘’·、，。：；！？（）()《》【】—…-]/g

export function bigrams(text: string): Set<string> {
  const t = text.replace(IGNORED, '')
  const out = new Set<string>()
  for (let i = 0; i < t.length - 1; i++) out.add(t.slice(i, i + 2))
  return out
}

/** The share of the short text's bigrams that occur in the long text's bigram set (0..1). */
export function containment(short: string, long: Set<string>): number {
  const grams = bigrams(short)
  if (!grams.size) return 0
  let hits = 0
  for (const g of grams) if (long.has(g)) hits++
  return hits / grams.size
}
