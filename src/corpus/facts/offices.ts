// Stage: who held each office when — for each place and title, its holders in date order (平阳县 县委书记:
// 董智武 2019 → 孟晓斌 2025).
import type { Office, Person } from '../../shared/corpus-schema'
import { byCodePoint } from '../lib/collections'
import { seenWithin } from './link-people'

export function buildOffices(people: Person[]): Office[] {
  const offices = new Map<string, Office>()
  for (const p of people) {
    for (const r of p.roles) {
      if (!r.place) continue
      const id = `${r.place}-${r.title}`
      const office = offices.get(id) ?? { id, place: r.place, title: r.title, holders: [] }
      office.holders.push({ personId: p.id, name: p.name, firstDate: r.firstDate, lastDate: r.lastDate, ...seenWithin(r), articleIds: r.articleIds })
      offices.set(id, office)
    }
  }
  for (const o of offices.values()) {
    o.holders.sort((a, b) => byCodePoint(a.firstDate ?? a.lastDate ?? '', b.firstDate ?? b.lastDate ?? '') || byCodePoint(a.name, b.name) || byCodePoint(a.personId, b.personId))
  }
  return [...offices.values()].sort((a, b) => byCodePoint(a.id, b.id))
}
