// The place a title belongs to: a bare 县委书记 is of the county the paper serves, 市委书记 of its prefecture
// city (or of the paper's own county-level city). How titles are read is in title-chain.ts.
import { regionOf } from './divisions'

/** 省 市 县 区 镇 乡 街道 — the level a title belongs to — or null for national and village titles. */
export function titleLevel(title: string): string | null {
  if (/^(总书记|国家主席|国务院总理|社区|村)/.test(title)) return null
  if (title.startsWith('街道')) return '街道'
  const m = title.match(/^(?:常务)?(?:副|代)?(省|市|县|区|旗|镇|乡)/)
  return m ? m[1]! : null
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
  if (level === '旗') return /旗$/.test(home) ? home : null
  return null
}
