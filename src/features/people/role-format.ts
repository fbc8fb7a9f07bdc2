// How a role reads: 平阳县 · 县委书记, and its dates as precisely as they are known.
import type { Role } from '@/shared/corpus-schema'

export const roleName = (r: Pick<Role, 'place' | 'title'>) => (r.place ? `${r.place} · ${r.title}` : r.title)

/** 2019-01-01..2019-12-31 is "2019": a page dated only to its year; otherwise the two days. */
export function formatSpan(first: string | null, last: string | null): string {
  if (first && last && first.endsWith('-01-01') && last.endsWith('-12-31') && first.slice(0, 4) === last.slice(0, 4)) return first.slice(0, 4)
  if (first && first === last) return first
  return `${first ?? '?'} – ${last ?? '?'}`
}
