// The search box's look-up: FlexSearch over what the box offers as one types — places, papers and offices (the
// look-up file, loaded once) and people (each find bucket added as a query first names it). A name is found by
// any run of its characters (晓斌 finds 孟晓斌) or by the start of its pinyin in full or as initials (mengx, mxb).
import { Index } from 'flexsearch'

export interface Findable {
  label: string
  pinyin: string
  initials: string
}

const SEPARATOR = '\u0000'
const normalise = (s: string) => s.toLowerCase().replace(/\s+/g, '')

/**
 * The tokens of an entry (its keys joined by SEPARATOR): every run of its name's characters and every start of its
 * pinyin and initials. A query is one token, as typed: an entry matches when it holds that token.
 */
function tokens(text: string): string[] {
  if (!text.includes(SEPARATOR)) return [normalise(text)]
  const [label = '', ...keys] = text.split(SEPARATOR).map(normalise)
  const out = new Set<string>()
  for (let i = 0; i < label.length; i++) for (let j = i + 1; j <= label.length; j++) out.add(label.slice(i, j))
  for (const key of keys) for (let j = 1; j <= key.length; j++) out.add(key.slice(0, j))
  return [...out]
}

export class LookupIndex<T extends Findable> {
  private readonly index = new Index({ tokenize: 'strict', encode: tokens, resolution: 1, cache: false } as never)
  private readonly items: T[] = []
  private readonly keys = new Set<string>()

  /** Adds an item once: `key` names it (a person's id), so that a bucket loaded again adds nothing. */
  add(key: string, item: T): void {
    if (this.keys.has(key)) return
    this.keys.add(key)
    this.index.add(this.items.push(item) - 1, [item.label, item.pinyin, item.initials].join(SEPARATOR))
  }

  /** The items the query names, in the order they were added. */
  find(query: string): T[] {
    const q = normalise(query)
    if (!q) return []
    return (this.index.search(q, { limit: 10_000 }) as number[]).sort((a, b) => a - b).map((id) => this.items[id]!)
  }
}
