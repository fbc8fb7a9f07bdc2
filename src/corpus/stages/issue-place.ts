// Stage: the county or district a page serves. Front matter > masthead (中共平阳县委机关报, a page header
// 要闻·莲都) > content: the county the page names most, of the kind its own words use (我县/全县 or 本区/全区).
import { allCounties, type County, findCounties } from '../lib/places'

export interface PlaceInference {
  place: string | null
  basis: 'metadata' | 'masthead' | 'content' | 'unknown'
  evidence: string[]
}

let namePattern: RegExp | null = null
function names(): RegExp {
  if (!namePattern) {
    const all = new Set<string>()
    for (const c of allCounties()) {
      all.add(c.name)
      if (c.short) all.add(c.short)
    }
    const sorted = [...all].sort((a, b) => b.length - a.length || a.localeCompare(b))
    namePattern = new RegExp(sorted.join('|'), 'g')
  }
  return namePattern
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
  for (const m of text.matchAll(names())) {
    const found = m[0]
    const candidates = findCounties(found).filter((c) => wanted.test(c.name))
    if (!candidates.length) continue
    const county = pickByRegion(candidates, text)
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
