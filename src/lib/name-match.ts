// Finding people by what a reader types: characters of the name, or its pinyin in full or as initials
// (mengxiaobin, mxb, zeng shangjun — surnames read as surnames: 曾 is zeng). pinyin-pro loads only when needed.

export interface NameKeys {
  full: string
  initials: string
}

let pinyinLib: Promise<typeof import('pinyin-pro')> | null = null

/** Pinyin keys of each name, computed once. */
export async function pinyinKeys(names: string[]): Promise<Map<string, NameKeys>> {
  pinyinLib ??= import('pinyin-pro')
  const { pinyin } = await pinyinLib
  const keys = new Map<string, NameKeys>()
  for (const name of new Set(names)) {
    const syllables = pinyin(name, { toneType: 'none', surname: 'head', type: 'array' })
    keys.set(name, { full: syllables.join('').toLowerCase(), initials: syllables.map((s) => s[0] ?? '').join('').toLowerCase() })
  }
  return keys
}

export function matchesName(name: string, query: string, keys?: NameKeys): boolean {
  const q = query.trim().toLowerCase().replace(/\s+/g, '')
  if (!q) return true
  if (name.includes(q)) return true
  if (!keys || !/^[a-z]+$/.test(q)) return false
  return keys.full.startsWith(q) || keys.initials.startsWith(q)
}
