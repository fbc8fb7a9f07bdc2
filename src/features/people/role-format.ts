// How a role reads: 平阳县 · 县委书记.
import type { Role } from '@/shared/corpus-schema'

export const roleName = (r: Pick<Role, 'place' | 'title'>) => (r.place ? `${r.place} · ${r.title}` : r.title)
