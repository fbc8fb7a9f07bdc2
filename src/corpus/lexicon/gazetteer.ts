// The county-level divisions of China by year since 1981 (data/gazetteer/areacodes.csv, CC0, from
// yescallop/areacodes): every code with the years it was in use, so a page of 2014 that prints 子长 means 子长县
// (610623, 1996–2019) and one of 2021 means 子长市 (610681). Node only: read once per process.
import { readFileSync } from 'node:fs'

/** The years a unit was in use: from (inclusive) until (exclusive; null while it is). */
export interface Years {
  from: number
  until: number | null
}

export interface Unit {
  code: string
  name: string
  level: 'province' | 'city' | 'county'
  province: string
  /** the prefecture above a county (null for a municipality's districts and counties under a province) */
  city: string | null
  /** first year in use */
  from: number
  /** first year no longer in use; null while it is */
  until: number | null
  /** the codes that took over when it went out of use */
  successors: string[]
}

const LEVELS: Record<string, Unit['level']> = { 省级: 'province', 地级: 'city', 县级: 'county' }
const GAZETTEER = new URL('../../../data/gazetteer/areacodes.csv', import.meta.url)

let units: Unit[] | null = null

export function gazetteer(): Unit[] {
  if (units) return units
  const rows = readFileSync(GAZETTEER, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).slice(1)
  units = []
  for (const row of rows) {
    const [code, province, city, name, level, , from, until, next] = row.split(',')
    const kind = LEVELS[level ?? '']
    if (!code || !name || !kind) continue
    units.push({
      code, name, level: kind, province: province!,
      city: kind === 'county' && city && !/直辖/.test(city) ? city : null,
      from: Number(from), until: until ? Number(until) : null,
      successors: (next ?? '').split(';').map((c) => c.replace(/\[.*$/, '').trim()).filter(Boolean),
    })
  }
  return units
}

let byCode: Map<string, Unit[]> | null = null

/**
 * The unit in use today that a unit became, followed through renamings and recodings (子长县 610623 → 子长市
 * 610681); null while it is in use, or where it was split among several.
 */
export function unitToday(code: string): Unit | null {
  if (!byCode) {
    byCode = new Map()
    for (const u of gazetteer()) byCode.set(u.code, [...(byCode.get(u.code) ?? []), u])
  }
  let unit = byCode.get(code)?.find((u) => u.level === 'county')
  for (let step = 0; unit && unit.until != null && step < 10; step++) {
    if (unit.successors.length !== 1) return null
    unit = byCode.get(unit.successors[0]!)?.reduce<Unit | undefined>((a, b) => (!a || b.from > a.from ? b : a), undefined)
  }
  return unit && unit.until == null && unit.code !== code ? unit : null
}

/** In use during `year`; with no year, any unit ever in use. */
export function inUse(unit: Years, year: number | null): boolean {
  return year == null || (unit.from <= year && (unit.until == null || year < unit.until))
}

/**
 * Of namesakes of one unit over the years (recoded, or renamed and back), the one to name: in use in `year`,
 * else the latest that began before it, else the latest of all.
 */
export function unitOfYear<U extends Years>(candidates: readonly U[], year: number | null): U | null {
  const latest = (list: readonly U[]) => list.reduce<U | null>((a, b) => (!a || b.from > a.from || (b.from === a.from && (b.until ?? 9999) > (a.until ?? 9999)) ? b : a), null)
  if (year == null) return latest(candidates.filter((u) => u.until == null)) ?? latest(candidates)
  return latest(candidates.filter((u) => inUse(u, year))) ?? latest(candidates.filter((u) => u.from <= year)) ?? latest(candidates)
}
