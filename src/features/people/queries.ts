// Reads of people: the directory a page at a time, the people a query can match (from the find buckets its
// characters or pinyin name), one person with their lists a page at a time.
import { queryOptions } from '@tanstack/react-query'
import { loadOptionalView, loadView } from '@/lib/corpus-client'
import { matchesName } from '@/shared/name-match'
import { orNotFound } from '@/lib/not-found'
import type * as v from 'valibot'
import { queryBuckets, viewFile } from '@/shared/views'
import type { Paged, PersonArticle, PersonEntry, PersonFound, PersonMeeting } from '@/shared/view-records'

export const peopleIndexQueryOptions = () =>
  queryOptions({
    queryKey: ['people', 'index'],
    queryFn: () => loadView(viewFile.peopleIndex()),
  })

/** One page of the directory, the people seen most first. */
export const peoplePageQueryOptions = (kind: PersonEntry['kind'] | null, page: number) =>
  queryOptions({
    queryKey: ['people', 'page', kind, page],
    queryFn: () => loadView(viewFile.peoplePage(kind, page)),
  })

/** Everyone whose name or pinyin matches the query, the people seen most first. */
export const peopleFoundQueryOptions = (query: string) =>
  queryOptions({
    queryKey: ['people', 'find', query],
    queryFn: async (): Promise<PersonFound[]> => {
      const index = await loadView(viewFile.peopleIndex())
      const buckets = await Promise.all(queryBuckets(query, index.buckets).map((b) => loadOptionalView(viewFile.peopleFind(b))))
      const found = new Map<string, PersonFound>()
      for (const p of buckets.flatMap((b) => b ?? [])) if (matchesName(p.name, query, p)) found.set(p.id, p)
      return [...found.values()].sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name, 'zh'))
    },
  })

export const personQueryOptions = (personId: string) =>
  queryOptions({
    queryKey: ['people', personId],
    queryFn: () => orNotFound('person', personId, () => loadView(viewFile.person(personId))),
  })

/** A page of a person's articles or meetings: the first is in the person's own file. */
export const personListQueryOptions = <L extends 'articles' | 'meetings'>(personId: string, list: L, page: number) =>
  queryOptions({
    queryKey: ['people', personId, list, page],
    queryFn: async (): Promise<Paged<L extends 'articles' ? PersonArticle : PersonMeeting>> => {
      type Item = L extends 'articles' ? PersonArticle : PersonMeeting
      if (page <= 1) return (await orNotFound('person', personId, () => loadView(viewFile.person(personId))))[list] as Paged<Item>
      const file = list === 'articles' ? viewFile.personArticles(personId, page) : viewFile.personMeetings(personId, page)
      return (await loadView<v.GenericSchema>(file)) as Paged<Item>
    },
  })
