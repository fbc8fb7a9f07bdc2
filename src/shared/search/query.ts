// A reader's query: words that must all occur, "quoted phrases" that may hold spaces, and -words to exclude.
// Only ASCII quotes delimit a phrase: Chinese quotes “” are characters of the text and are searched as such.

export interface ParsedQuery {
  /** every term must occur, as a contiguous string */
  include: string[]
  /** no term may occur */
  exclude: string[]
  /** the whole query as typed, without operators: results holding it exactly rank first */
  phrase: string
}

export function parseQuery(raw: string): ParsedQuery {
  const include: string[] = []
  const exclude: string[] = []
  const re = /(-?)"([^"]*)"|(-?)(\S+)/g
  for (const m of raw.matchAll(re)) {
    const negative = (m[1] ?? m[3]) === '-'
    const term = (m[2] ?? m[4] ?? '').trim()
    if (!term || (negative && term === '-')) continue
    ;(negative ? exclude : include).push(term)
  }
  return { include: [...new Set(include)], exclude: [...new Set(exclude)], phrase: include.join('') }
}
