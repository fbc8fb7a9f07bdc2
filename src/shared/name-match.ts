// Whether a name matches what a reader typed: characters of it, or its pinyin in full or as initials, from the
// start (mengxiaobin, mxb, zeng shangjun). The keys come with the people's find buckets (name-keys.ts makes them
// in the builder; this module does not load the pinyin tables, so the reader never does).
import type { NameKeys } from './name-keys'

/** Whether a name matches what a reader typed: characters of it, or its pinyin in full or as initials, from the start. */
export function matchesName(name: string, query: string, keys?: NameKeys): boolean {
  const q = query.trim().toLowerCase().replace(/\s+/g, '')
  if (!q) return true
  if (name.includes(q)) return true
  if (!keys || !/^[a-z]+$/.test(q)) return false
  return keys.pinyin.startsWith(q) || keys.initials.startsWith(q)
}
