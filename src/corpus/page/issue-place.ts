// Stage: the county or district a page serves. Front matter > masthead (中共平阳县委机关报, a page header
// 要闻·莲都) > content: the county the page names most, of the kind its own words use (我县/全县 or 本区/全区).
import { allCounties, type County, findCounties } from '../lib/places'

export interface PlaceInference {
  place: string | null
  basis: 'metadata' | 'masthead' | 'content' | 'unknown'
  evidence: string[]
}

/** Names found in the text, longest first at each position: 平阳县 wins over 平阳. */
function* namesIn(text: string): Generator<string> {
  const { lengths, prefixes } = nameIndex()
  for (let i = 0; i < text.length; i++) {
    if (!prefixes.has(text.slice(i, i + 2))) continue
    for (const len of lengths) {
      const word = text.slice(i, i + len)
      if (word.length === len && findCounties(word).length) {
        yield word
        i += len - 1
        break
      }
    }
  }
}

let index: { lengths: number[]; prefixes: Set<string> } | null = null
function nameIndex() {
  if (!index) {
    const lengths = new Set<number>()
    const prefixes = new Set<string>()
    for (const c of allCounties()) {
      for (const n of [c.name, c.short]) {
        if (!n) continue
        lengths.add(n.length)
        prefixes.add(n.slice(0, 2))
      }
    }
    index = { lengths: [...lengths].sort((a, b) => b - a), prefixes }
  }
  return index
}

export function inferPlace(metaPlace: string | undefined, mastheadHint: string | null, text: string): PlaceInference {
  if (metaPlace) return { place: resolve(metaPlace, text) ?? metaPlace, basis: 'metadata', evidence: [`front matter place: ${metaPlace}`] }
  if (mastheadHint) {
    const place = resolve(mastheadHint, text)
    if (place) return { place, basis: 'masthead', evidence: [mastheadHint] }
  }
  return fromContent(text)
}

/** A full or short name to the full name of the county it means, using the text to choose among namesakes. */
function resolve(name: string, text: string): string | null {
  const candidates = findCounties(name)
  if (!candidates.length) return null
  return pickByRegion(candidates, text).name
}

function pickByRegion(candidates: County[], text: string): County {
  if (candidates.length === 1) return candidates[0]!
  let best = candidates[0]!
  let bestScore = -1
  for (const c of candidates) {
    const score = countOf(text, c.city) * 2 + countOf(text, c.province)
    if (score > bestScore) [best, bestScore] = [c, score]
  }
  return best
}

function fromContent(text: string): PlaceInference {
  const selfCounty = countOf(text, '我县') + countOf(text, '全县') + countOf(text, '本县')
  const selfDistrict = countOf(text, '我区') + countOf(text, '全区') + countOf(text, '本区')
  const wanted = selfDistrict > selfCounty ? /区$/ : selfCounty > 0 ? /(县|市|旗)$/ : /./
  const weight = new Map<string, { county: County; score: number; hits: Map<string, number> }>()
  const chosen = new Map<string, County>()
  for (const found of namesIn(text)) {
    const candidates = findCounties(found).filter((c) => wanted.test(c.name))
    if (!candidates.length) continue
    const county = chosen.get(found) ?? pickByRegion(candidates, text)
    chosen.set(found, county)
    const entry = weight.get(county.code) ?? { county, score: 0, hits: new Map() }
    entry.score += found === county.name ? 3 : 1
    entry.hits.set(found, (entry.hits.get(found) ?? 0) + 1)
    weight.set(county.code, entry)
  }
  const ranked = [...weight.values()].sort((a, b) => b.score - a.score || a.county.code.localeCompare(b.county.code))
  const top = ranked[0]
  if (!top) return { place: null, basis: 'unknown', evidence: [] }
  const evidence = [...top.hits].map(([n, k]) => `${n} ×${k}`)
  if (selfCounty || selfDistrict) evidence.push(selfDistrict > selfCounty ? `我区/全区/本区 ×${selfDistrict}` : `我县/全县/本县 ×${selfCounty}`)
  return { place: top.county.name, basis: 'content', evidence }
}

function countOf(text: string, word: string | null): number {
  if (!word) return 0
  let n = 0
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) n++
  return n
}
