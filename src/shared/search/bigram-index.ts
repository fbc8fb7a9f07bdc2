// The one FlexSearch configuration of the project: the in-memory index the search worker builds for a corpus that
// comes without a term index (src/shared/search/chunked/), and `normalise`, the one rule of what is searched.
// Tokens are character bigrams, so any run of two or more Chinese characters is found (FlexSearch's default
// and CJK settings take whole runs as one token, or single characters that match scattered letters).
import { Index } from 'flexsearch'

/** Character bigrams of a text: the tokens every document and query term is indexed by. */
function bigrams(text: string): string[] {
  const t = text.replace(/\s+/g, '')
  const out = new Set<string>()
  for (let i = 0; i < t.length - 1; i++) out.add(t.slice(i, i + 2))
  return [...out]
}

/** Case and spaces do not matter: "三比三看" finds "三比 三看", "OCR" finds "ocr". */
export function normalise(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase()
}

export function createBigramIndex(): Index {
  return new Index({ tokenize: 'strict', encode: bigrams, resolution: 1, fastupdate: false, cache: false } as never)
}
