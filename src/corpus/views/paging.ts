// A list cut into the pages its view shows (PAGE_SIZE items each; an empty list still has its one page).
import { PAGE_SIZE, pageCount } from '../../shared/views'
import type { Paged } from '../../shared/view-records'

export function pages<T>(items: readonly T[]): Paged<T>[] {
  const n = pageCount(items.length)
  return Array.from({ length: n }, (_, i) => ({ page: i + 1, pages: n, total: items.length, items: items.slice(i * PAGE_SIZE, (i + 1) * PAGE_SIZE) }))
}
