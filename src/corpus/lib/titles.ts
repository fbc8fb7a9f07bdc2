// Official titles as county papers print them, and the place each belongs to: a bare 县委书记 is of the
// county the paper serves, 市委书记 of its prefecture city; a named place (仙居县委书记) scopes the list.
import { isDivisionOfLevel, regionOf } from './places'

const L = '(?:省|市|县|区)'
const TITLE_SOURCES = [
  '总书记', '国家主席', '国务院总理',
  `${L}委常委`,
  `${L}委副?书记`,
  '(?:镇|乡)党委副?书记', '街道党工委副?书记',
  `${L}人大常委会副?主任`,
  `${L}政协副?主席`,
  `${L}纪委副?书记`, `${L}监委副?主任`,
  `${L}委(?:宣传部|组织部|统战部|政法委|办公室)副?(?:部长|书记|主任)`,
  `${L}[\\u4e00-\\u9fff]{1,6}?(?:局|办)副?(?:局长|主任)`,
  '副?(?:省|市|县|区|镇|乡)长',
  '社区(?:党委|党总支)?副?书记', '村(?:党支部|党委)?副?书记', '村委会主任',
]
export const TITLE = new RegExp(TITLE_SOURCES.join('|'), 'g')
export const TITLE_AT_START = new RegExp(`^(?:${TITLE_SOURCES.join('|')})`)

/** 省 市 县 区 镇 乡 街道 — the level a title belongs to — or null for national and village titles. */
export function titleLevel(title: string): string | null {
  if (/^(总书记|国家主席|国务院总理|社区|村)/.test(title)) return null
  if (title.startsWith('街道')) return '街道'
  const m = title.match(/^副?(省|市|县|区|镇|乡)/)
  return m ? m[1]! : null
}

/** The place printed right before a title: 平阳 + 县委书记 → 平阳县, 丽水 + 市经信局局长 → 丽水市. */
export function placeBefore(text: string, at: number, title: string): string | null {
  const level = titleLevel(title)
  if (!level) return null
  const unit = title.startsWith('副') ? title[1]! : level
  for (const k of [4, 3, 2]) {
    const prefix = text.slice(Math.max(0, at - k), at)
    if (prefix.length < k) continue
    if (isDivisionOfLevel(prefix + unit, level)) return prefix + unit
    if (prefix.endsWith(unit) && isDivisionOfLevel(prefix, level)) return prefix
  }
  return null
}

/** Where a title with no place printed belongs, seen from a paper that serves `home`. */
export function defaultPlace(title: string, home: string | null): string | null {
  const level = titleLevel(title)
  if (!level || !home) return null
  const region = regionOf(home)
  if (level === '省') return region.province
  // a county-level city's paper (临海市) means itself by 市
  if (level === '市') return /市$/.test(home) ? home : region.city
  if (level === '县') return /(县|旗)$/.test(home) ? home : null
  if (level === '区') return /区$/.test(home) ? home : null
  return null
}

/** The level character a place's full name ends with, to scope a list: 仙居县 scopes 县 titles. */
export const placeLevel = (place: string) => (place.match(/(省|市|县|区|镇|乡|街道)$/) ?? [])[1] ?? null
