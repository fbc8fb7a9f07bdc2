// Finding people by what a reader types: characters of the name, or its pinyin in full or as initials
// (mengxiaobin, mxb, zeng shangjun). The keys come with the people's find buckets (src/shared/name-keys.ts).
import type { NameKeys } from '@/shared/name-keys'

export function matchesName(name: string, query: string, keys?: NameKeys): boolean {
  const q = query.trim().toLowerCase().replace(/\s+/g, '')
  if (!q) return true
  if (name.includes(q)) return true
  if (!keys || !/^[a-z]+$/.test(q)) return false
  return keys.pinyin.startsWith(q) || keys.initials.startsWith(q)
}
