// 时任: the title a person held on an article's date, as the corpus knows it — by an appointment notice first
// (任命/当选 on or before the date and no 免去/辞去 of that title since), else by a sighting whose span holds the
// date (the one this article itself names first) — with the sentence that shows it.
import type { Appointment, Person } from '../../shared/corpus-schema'
import type { PreciseDate } from '../../shared/precise-date'
import type { TitleThen } from '../../shared/view-records'

export function titleThen(person: Pick<Person, 'roles'>, appointments: readonly Appointment[], date: PreciseDate, articleId: string): TitleThen | null {
  if (!date.from || !date.to) return null
  const dated = appointments.filter((a) => a.date && a.date <= date.to!).sort((a, b) => (a.date! < b.date! ? 1 : a.date! > b.date! ? -1 : 0))
  const appointed = dated.find((a) => (a.action === 'appoint' || a.action === 'elect')
    && !dated.some((b) => (b.action === 'remove' || b.action === 'resign') && b.title === a.title && b.date! >= a.date! && b.date! <= date.from!))
  if (appointed) {
    const place = person.roles.find((r) => r.title === appointed.title)?.place ?? null
    return { title: appointed.title, place, basis: 'appointed', date: appointed.date, articleId: appointed.articleId, sentence: appointed.sentence }
  }
  const holding = person.roles.filter((r) => r.firstDate && r.lastDate && r.firstDate <= date.to! && r.lastDate >= date.from!)
  const role = holding.find((r) => r.evidence.some((e) => e.articleId === articleId)) ?? [...holding].sort((a, b) => b.articleIds.length - a.articleIds.length)[0]
  if (!role) return null
  const evidence = role.evidence.find((e) => e.articleId === articleId) ?? role.evidence[0]
  return { title: role.title, place: role.place, basis: 'seen', date: null, articleId: evidence?.articleId ?? role.articleIds[0]!, sentence: evidence?.sentence ?? '' }
}
