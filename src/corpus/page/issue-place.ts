// Stage: the county or district a page serves. Front matter > masthead (中共平阳县委机关报, a page header
// 要闻·莲都) > content: the county the page names most, of the kind its own words use (我县/全县 or 本区/全区).
import { allCounties, type County, findCounties } from '../lib/places'
import { byCodePoint } from '../lib/collections'

export interface PlaceInference {
  place: string | null
  basis: 'metadata' | 'masthead' | 'content' | 'unknown'
  evidence: string[]
}

function* namesIn(text: string): Generator<string> {
  for (const m of mentionsIn(text)) yield m.found
}

const VISITOR_AFTER = /^(?:[\u4e00-\u9fff]{0,4}(?:代表团|考察团|客人|客商|一行|参观团|学习团))/
const VISITOR_BEFORE = /(?:来自|赴|前往|远赴)$/

function isVisitor(text: string, found: string, at: number): boolean {
  return VISITOR_AFTER.test(text.slice(at + found.length, at + found.length + 10)) || VISITOR_BEFORE.test(text.slice(Math.max(0, at - 2), at))
}

/**
 * Short names that are everyday words of a news report (资源禀赋, 和平发展, 合作共赢, 新兴产业, 东方, 江南): they
 * count only in their full form (资源县, 和平区).
 */
const COMMON_WORDS = new Set([
  '资源', '和平', '长寿', '东方', '新华', '太平', '长安', '平安', '江南', '江北', '城中', '青山', '白云', '南山', '新城', '安定', '合作',
  '光明', '前进', '红旗', '解放', '新兴', '振兴', '富民', '兴国', '城关', '双桥', '河口', '清河', '清水', '新市', '西市', '安宁', '大方',
  '石门', '南海', '东海', '金沙', '永定', '中山', '龙华', '海城', '城区', '郊区', '矿区',
])

/**
 * A two-character full name (兴县, 和县, 成县) is a word's piece as often as a county: 服务业兴县, 和县委, 完成县域.
 * It counts only where a name may stand: after a province or city, or at a clause start, and not before 域/级/委.
 */
function isRealMention(text: string, found: string, at: number): boolean {
  if (COMMON_WORDS.has(found)) return false
  if (found.length > 2 || !/[县旗]$/.test(found)) return true
  const before = text.slice(Math.max(0, at - 1), at)
  const after = text.slice(at + found.length, at + found.length + 1)
  if (/[域级委城内外乡里情]/.test(after)) return false
  return before === '' || /[省市州盟，。、；：“（\s]/.test(before)
}

/** Names found in the text with their offsets, longest first at each position: 平阳县 wins over 平阳. */
function* mentionsIn(text: string): Generator<{ found: string; at: number }> {
  const { lengths, prefixes } = nameIndex()
  for (let i = 0; i < text.length; i++) {
    if (!prefixes.has(text.slice(i, i + 2))) continue
    for (const len of lengths) {
      const word = text.slice(i, i + len)
      if (word.length === len && findCounties(word).length) {
        yield { found: word, at: i }
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

/** `paper` is the paper's own name where the page prints it (今日定海 数字报纸, 平阳报): a county inside it decides. */
export function inferPlace(metaPlace: string | undefined, mastheadHint: string | null, text: string, paper: string | null = null): PlaceInference {
  if (metaPlace) return { place: resolve(metaPlace, text) ?? metaPlace, basis: 'metadata', evidence: [`front matter place: ${metaPlace}`] }
  if (mastheadHint) {
    const place = resolve(mastheadHint, text)
    if (place) return { place, basis: 'masthead', evidence: [mastheadHint] }
  }
  if (paper) {
    for (const name of namesIn(paper)) {
      const place = resolve(name, text)
      if (place) return { place, basis: 'masthead', evidence: [`paper: ${paper}`] }
    }
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

/** How a page speaks of its own county: 我县/全县/本县, 我市 (a county-level city), 我区, 我旗. */
const SELF_WORDS = ['我县', '全县', '本县', '我市', '全市', '本市', '我旗', '全旗', '本旗']
const SELF_DISTRICT_WORDS = ['我区', '全区', '本区']

function fromContent(text: string): PlaceInference {
  const selfCounty = SELF_WORDS.reduce((n, w) => n + countOf(text, w), 0)
  const selfDistrict = SELF_DISTRICT_WORDS.reduce((n, w) => n + countOf(text, w), 0)
  const wanted = selfDistrict > selfCounty ? /区$/ : selfCounty > 0 ? /(县|市|旗)$/ : /./
  const weight = new Map<string, { county: County; score: number; hits: Map<string, number> }>()
  const chosen = new Map<string, County>()
  for (const { found, at } of mentionsIn(text)) {
    if (!isRealMention(text, found, at)) continue
    const candidates = findCounties(found).filter((c) => wanted.test(c.name))
    if (!candidates.length) continue
    const county = chosen.get(found) ?? pickByRegion(candidates, text)
    chosen.set(found, county)
    const entry = weight.get(county.code) ?? { county, score: 0, hits: new Map() }
    // a full name counts more than a short one; a 新区 is as often a zone of another city as a district; a
    // visiting delegation's county (仙居县党政代表团, 赴X考察) counts least: it is not where the paper is
    entry.score += isVisitor(text, found, at) ? 0.5 : found === county.name && !/新区$/.test(found) ? 3 : 1
    entry.hits.set(found, (entry.hits.get(found) ?? 0) + 1)
    weight.set(county.code, entry)
  }
  const ranked = [...weight.values()].sort((a, b) => b.score - a.score || byCodePoint(a.county.code, b.county.code))
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
