// The terms of the term index. A document's searchable text is normalised (normalise: no spaces, lower case), and
// every character of it is a term (postings: the documents holding it) and every two adjacent characters are a
// term with positions (the documents and where in them). A query term of one character is its character's
// postings; a longer one is found exactly from the positions of the bigrams that cover it (cover), with no text
// downloaded to check. The filters are terms too, of a prefix no text holds (a control character).
import { normalise } from '../normalise'

/** A term's first code unit when it is a filter: control characters are taken out of the searched text. */
const FILTER_PREFIX = '\u0001'

/** The filter terms: a place, a kind, a person's name. */
export const filterTerm = {
  place: (place: string) => `${FILTER_PREFIX}p${place}`,
  kind: (kind: string) => `${FILTER_PREFIX}k${kind}`,
  person: (name: string) => `${FILTER_PREFIX}n${name}`,
}

// eslint-disable-next-line no-control-regex -- control characters are what it takes out
const CONTROL = /[\u0000-\u001f\u007f]/g

/** A text or query as searched: spaces and control characters out, lower case. */
export const searchable = (text: string) => normalise(text).replace(CONTROL, '')

/**
 * The bigrams that cover a term of two or more characters, with their offsets: 0, 2, 4 … and the last pair, so
 * every character is in one. A text holds the term at p exactly when it holds each bigram at p + its offset.
 */
export function cover(term: string): { offset: number; bigram: string }[] {
  const out: { offset: number; bigram: string }[] = []
  for (let o = 0; o + 2 <= term.length; o += 2) out.push({ offset: o, bigram: term.slice(o, o + 2) })
  if (term.length % 2 === 1 && term.length > 1) out.push({ offset: term.length - 2, bigram: term.slice(-2) })
  return out
}

/** The terms of one document's text: each character (without positions) and each bigram with its positions. */
export function textTerms(text: string): { chars: Set<string>; bigrams: Map<string, number[]> } {
  const t = searchable(text)
  const chars = new Set<string>()
  const bigrams = new Map<string, number[]>()
  for (let i = 0; i < t.length; i++) {
    chars.add(t[i]!)
    if (i + 1 < t.length) {
      const b = t.slice(i, i + 2)
      const list = bigrams.get(b)
      if (list) list.push(i)
      else bigrams.set(b, [i])
    }
  }
  return { chars, bigrams }
}
