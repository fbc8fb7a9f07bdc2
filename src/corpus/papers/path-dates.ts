// A paper's own way of carrying a page's day in its paths (papers.yaml `dates:`), as a pattern:
// html/{yyyy}-{mm}/{dd}/, {yyyy}{mm}{dd}/, epaper/{yyyy}/{m}/{d}.
import { isoDate } from '../lib/dates'
import type { ISODate } from '../../shared/corpus-schema'

const TOKENS: Record<string, string> = { '{yyyy}': '(?<y>(?:19|20)\\d{2})', '{mm}': '(?<m>\\d{2})', '{m}': '(?<m>\\d{1,2})', '{dd}': '(?<d>\\d{2})', '{d}': '(?<d>\\d{1,2})' }

export function pathDatePattern(pattern: string): RegExp | null {
  if (!pattern.includes('{yyyy}') || !/\{mm?\}/.test(pattern) || !/\{dd?\}/.test(pattern)) return null
  const seen = new Set<string>()
  // a token repeated (t{yyyy}{mm}{dd} under {yyyy}{mm}/) must repeat the same digits
  const token = (part: string) => {
    const name = TOKENS[part]!.match(/<(\w)>/)![1]!
    if (seen.has(name)) return `\\k<${name}>`
    seen.add(name)
    return TOKENS[part]!
  }
  const source = pattern.split(/(\{yyyy\}|\{mm\}|\{m\}|\{dd\}|\{d\})/).map((part) => (TOKENS[part] ? token(part) : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*'))).join('')
  return new RegExp(`(?:^|/)${source.replace(/^\//, '')}`)
}

export function dateByPattern(pattern: string, path: string): { value: ISODate; text: string } | null {
  const m = pathDatePattern(pattern)?.exec(path)
  const value = m?.groups && isoDate(Number(m.groups.y), Number(m.groups.m), Number(m.groups.d))
  return m && value ? { value, text: `${m[0].replace(/^\//, '')} (papers.yaml dates: ${pattern})` } : null
}
