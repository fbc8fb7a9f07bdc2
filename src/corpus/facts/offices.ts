// Stage: who held each office when — for each place and title, its holders in date order (平阳县 县委书记:
// 董智武 2019 → 孟晓斌 2025).
import type { Office, Person } from '../../shared/corpus-schema'

export function buildOffices(people: Person[]): Office[] {
  const offices = new Map<string, Office>()
  for (const p of people) {
    for (const r of p.roles) {
      if (!r.place) continue
      const id = `${r.place}-${r.title}`
      const office = offices.get(id) ?? { id, place: r.place, title: r.title, holders: [] }
      office.holders.push({ personId: p.id, name: p.name, firstDate: r.firstDate, lastDate: r.lastDate, articleIds: r.articleIds })
      offices.set(id, office)
    }
  }
  for (const o of offices.values()) {
    o.holders.sort((a, b) => (a.firstDate ?? a.lastDate ?? '').localeCompare(b.firstDate ?? b.lastDate ?? '') || a.name.localeCompare(b.name))
  }
  return [...offices.values()].sort((a, b) => a.id.localeCompare(b.id))
}
