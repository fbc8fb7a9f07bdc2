// Reads of people and offices: the list, one person's career and company, and who held each office when.
import { queryOptions } from '@tanstack/react-query'
import type { Appointment, Article, Meeting, Person } from '@/shared/corpus-schema'
import { loadCorpusIndex } from '@/lib/corpus-index'
import { issueDay, issueDayLabel } from '@/shared/issue-day'
import { pinyinKeys } from '@/lib/name-match'
import { roleName } from './role-format'
import { NotFoundError } from '@/lib/not-found'

export interface PersonSummary {
  person: Person
  places: string[]
  latestTitle: string | null
}

export const peopleQueryOptions = () =>
  queryOptions({
    queryKey: ['people'],
    queryFn: async (): Promise<PersonSummary[]> => {
      const idx = await loadCorpusIndex()
      return idx.people
        .map((person) => ({
          person,
          places: [...new Set([...person.roles.map((r) => r.place), ...person.articleIds.map((id) => idx.issue.get(idx.article.get(id)?.issueId ?? '')?.place)].filter((p): p is string => !!p))],
          latestTitle: person.roles.at(-1) ? roleName(person.roles.at(-1)!) : null,
        }))
        .sort((a, b) => b.person.articleIds.length - a.person.articleIds.length || a.person.name.localeCompare(b.person.name, 'zh'))
    },
  })

export interface PersonView {
  person: Person
  chaired: Meeting[]
  spoke: Meeting[]
  attended: Meeting[]
  appointments: Appointment[]
  articles: { article: Article; day: string | null; dayLabel: string | null; place: string | null; wrote: boolean }[]
  together: { person: Person; count: number }[]
}

export const personQueryOptions = (personId: string) =>
  queryOptions({
    queryKey: ['people', personId],
    queryFn: async (): Promise<PersonView> => {
      const idx = await loadCorpusIndex()
      const person = idx.person.get(personId)
      if (!person) throw new NotFoundError('person', personId)
      const mine = new Set(person.articleIds)
      const inMine = (m: Meeting) => mine.has(m.articleId)
      const articles = person.articleIds.flatMap((id) => {
        const article = idx.article.get(id)
        if (!article) return []
        const issue = idx.issue.get(article.issueId)
        const wrote = Object.values(article.byline).some((names) => names.includes(person.name))
        return [{ article, day: issueDay(issue), dayLabel: issueDayLabel(issue), place: issue?.place ?? null, wrote }]
      }).sort((a, b) => (a.day ?? '').localeCompare(b.day ?? ''))
      const counts = new Map<string, number>()
      for (const id of person.articleIds) for (const p of idx.peopleIn.get(id) ?? []) if (p.id !== person.id) counts.set(p.id, (counts.get(p.id) ?? 0) + 1)
      return {
        person,
        chaired: idx.meetings.filter((m) => inMine(m) && m.chair.includes(person.name)),
        spoke: idx.meetings.filter((m) => inMine(m) && m.speakers.includes(person.name)),
        attended: idx.meetings.filter((m) => inMine(m) && m.attendees.includes(person.name)),
        appointments: idx.appointments.filter((a) => a.name === person.name && mine.has(a.articleId)),
        articles,
        together: [...counts].map(([id, count]) => ({ person: idx.person.get(id)!, count })).sort((a, b) => b.count - a.count || a.person.name.localeCompare(b.person.name, 'zh')).slice(0, 8),
      }
    },
  })

export const officesQueryOptions = () =>
  queryOptions({
    queryKey: ['offices'],
    queryFn: async () => (await loadCorpusIndex()).offices,
  })

/** Pinyin keys of every name, for finding people by mengxiaobin or mxb. */
export const pinyinQueryOptions = () =>
  queryOptions({
    queryKey: ['people', 'pinyin'],
    queryFn: async () => pinyinKeys((await loadCorpusIndex()).people.map((p) => p.name)),
  })
