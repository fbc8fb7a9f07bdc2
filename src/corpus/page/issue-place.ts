// Stage: the county-level unit a page serves. Front matter > the paper's own name or the e-paper's header
// (今日定海, 要闻·莲都, 清徐*要闻) > content: the county the page names most, as a word of its own (lexicon/words),
// of the kind its own words use (我县/全县 or 本区/全区), then the townships it names. Names resolve against the
// divisions in use in the page's year (子长 in 2014 is 子长县), the code kept with the name.
import { type County, countiesOfTown, findCounties } from '../lexicon/divisions'
import { isAlsoAWord, isEverydayWord, type Word, wordsOf } from '../lexicon/words'
import { byCodePoint } from '../lib/collections'
import { occurrences } from '../lib/sentences'

export interface PlaceInference {
  place: string | null
  /** the gazetteer code of the unit that name meant in the page's year */
  code?: string
  basis: 'metadata' | 'masthead' | 'content' | 'paper' | 'unknown'
  evidence: string[]
}

export interface PlaceSources {
  /** front matter or a paper registry's county */
  metaPlace?: string
  /** a county the masthead names (中共平阳县委机关报) */
  masthead?: string | null
  /** the paper's own name (今日定海) */
  paper?: string | null
  /** the e-paper header's section label (清徐*要闻, 要闻·莲都) */
  section?: string | null
  text: string
  /** the page's year where its date gives one */
  year?: number | null
}

/** 仙居县党政代表团, 宁海县、象山县考察团: a delegation from a county, alone or in a list of them */
const VISITOR_AFTER = /^(?:、[\u4e00-\u9fff]{2,6}?)*[\u4e00-\u9fff]{0,4}(?:代表团|考察团|客人|客商|一行|参观团|学习团)/
/** 来自, 赴 X: a county visited or come from; 与/同 X (签订协议): a partner, not the paper's own */
const VISITOR_BEFORE = /(?:来自|赴|前往|远赴|与|同)$/

function isVisitor(text: string, w: Word): boolean {
  const end = w.at + w.text.length
  return VISITOR_AFTER.test(text.slice(end, end + 30)) || VISITOR_BEFORE.test(text.slice(Math.max(0, w.at - 2), w.at))
}

/**
 * A two-character county (兴县, 富县) right after a noun is a development slogan (服务业兴县, 工业强县: a verb and
 * 县), not the county.
 */
function isSlogan(text: string, w: Word): boolean {
  return w.text.length === 2 && /^[兴强富立活美]县$/.test(w.text) && /[\u4e00-\u9fff]{2}$/.test(text.slice(Math.max(0, w.at - 2), w.at))
}

/** The counties a word of the text names: a county's full name, or its short name when that is no everyday word. */
function countiesNamed(word: string, year: number | null): County[] {
  const found = findCounties(word, year)
  if (!found.length) return []
  const full = found.some((c) => c.name === word)
  return full || !isEverydayWord(word) ? found : []
}

export function inferPlace(from: PlaceSources): PlaceInference {
  const year = from.year ?? null
  if (from.metaPlace) {
    const c = resolve(from.metaPlace, from.text, year)
    return { place: c?.name ?? from.metaPlace, ...(c ? { code: c.code } : {}), basis: 'metadata', evidence: [`front matter place: ${from.metaPlace}`] }
  }
  if (from.masthead) {
    const c = resolve(from.masthead, from.text, year)
    if (c) return { place: c.name, code: c.code, basis: 'masthead', evidence: [from.masthead] }
  }
  for (const [label, hint] of [['paper', from.paper], ['header', from.section]] as const) {
    if (!hint) continue
    for (const w of wordsOf(hint)) {
      if (!countiesNamed(w.text, year).length) continue
      const c = resolve(w.text, from.text, year)
      if (c) return { place: c.name, code: c.code, basis: 'masthead', evidence: [`${label}: ${hint}`] }
    }
  }
  return fromContent(from.text, year)
}

/** A full or short name to the county it means in `year`, using the text to choose among namesakes. */
function resolve(name: string, text: string, year: number | null): County | null {
  const candidates = findCounties(name, year)
  return candidates.length ? pickByRegion(candidates, text) : null
}

function pickByRegion(candidates: County[], text: string): County {
  if (candidates.length === 1) return candidates[0]!
  let best = candidates[0]!
  let bestScore = -1
  for (const c of candidates) {
    const score = occurrences(text, c.city) * 2 + occurrences(text, c.province)
    if (score > bestScore) [best, bestScore] = [c, score]
  }
  return best
}

/** How a page speaks of its own county: 我县/全县/本县, 我市 (a county-level city), 我区, 我旗. */
const SELF_WORDS = ['我县', '全县', '本县', '我市', '全市', '本市', '我旗', '全旗', '本旗']
const SELF_DISTRICT_WORDS = ['我区', '全区', '本区']
/** A township shared by more counties than this says nothing of which one (城关镇 is in ~80). */
const MAX_TOWN_NAMESAKES = 3
/** How much a unit of the kind the page does not speak of counts (a 区 on a page of 我县) against one it does. */
const OTHER_KIND = 0.2

interface Weight {
  county: County
  score: number
  /** the part of the score not from a visiting delegation */
  home: number
  hits: Map<string, number>
}

function fromContent(text: string, year: number | null): PlaceInference {
  const selfCounty = SELF_WORDS.reduce((n, w) => n + occurrences(text, w), 0)
  const selfDistrict = SELF_DISTRICT_WORDS.reduce((n, w) => n + occurrences(text, w), 0)
  const wanted = selfDistrict > selfCounty ? /区$/ : selfCounty > 0 ? /(县|市|旗)$/ : /./
  // the kind the page's own words speak of is preferred, not required: 全市 in a district's paper is its city,
  // and a district named a dozen times outweighs a county stem met once (兴国之本)
  const ofKind = (found: County[]) => (found.some((c) => wanted.test(c.name)) ? found.filter((c) => wanted.test(c.name)) : found)
  const kindWeight = (c: County) => (wanted.test(c.name) ? 1 : OTHER_KIND)
  const weight = new Map<string, Weight>()
  const add = (county: County, found: string, score: number, visitor = false) => {
    const entry = weight.get(county.code) ?? { county, score: 0, home: 0, hits: new Map() }
    entry.score += score
    if (!visitor) entry.home += score
    entry.hits.set(found, (entry.hits.get(found) ?? 0) + 1)
    weight.set(county.code, entry)
  }
  const chosen = new Map<string, County>()
  const words = wordsOf(text)
  for (const [k, w] of words.entries()) {
    if (/(镇|乡|苏木|街道)$/.test(w.text)) {
      const towns = ofKind(countiesOfTown(w.text))
      // a township is weaker evidence than its county's name, and weaker still when others share its name
      if (towns.length && towns.length <= MAX_TOWN_NAMESAKES) for (const c of towns) add(c, w.text, kindWeight(c) / towns.length)
      continue
    }
    if (isSlogan(text, w)) continue
    const candidates = ofKind(countiesNamed(w.text, year))
    if (!candidates.length) continue
    const county = chosen.get(w.text) ?? pickByRegion(candidates, text)
    chosen.set(w.text, county)
    // a full name counts more than a short one; a 新区 is as often a zone of another city as a district; a
    // visiting delegation's county (仙居县党政代表团, 赴X考察) counts least: it is not where the paper is
    const visitor = isVisitor(text, w)
    // 开化县委书记 cut 开化/县委书记: a short name glued to its level's organ is the full name
    const full = w.text === county.name || (!!words[k + 1] && words[k + 1]!.text.startsWith(county.name.slice(w.text.length)) && county.name.startsWith(w.text))
    // a short name that is also a common word (惠民 of 惠民政策, 安宁 of 和平安宁) is half a mention
    const base = full && !/新区$/.test(w.text) ? 3 : !full && isAlsoAWord(w.text) ? 0.5 : 1
    add(county, w.text, kindWeight(county) * (visitor ? Math.min(base, 0.5) : base), visitor)
  }
  const ranked = [...weight.values()].sort((a, b) => b.score - a.score || b.home - a.home || byCodePoint(a.county.code, b.county.code))
  const top = ranked[0]
  // two counties of equal weight (a township both have) leave the page unplaced rather than guessed
  // a unit of the other kind decides only when named often (a district a dozen times on a page of 全市), not once
  // and nothing decides on less than one plain mention (a phrase that may be a short name, a lone township)
  const weak = !!top && top.score < 1
  if (!top || weak || (ranked[1] && ranked[1].score === top.score && ranked[1].home === top.home)) return { place: null, basis: 'unknown', evidence: [] }
  const evidence = [...top.hits].map(([n, k]) => `${n} ×${k}`)
  if (selfCounty || selfDistrict) evidence.push(selfDistrict > selfCounty ? `我区/全区/本区 ×${selfDistrict}` : `我县/全县/本县 ×${selfCounty}`)
  return { place: top.county.name, code: top.county.code, basis: 'content', evidence }
}
