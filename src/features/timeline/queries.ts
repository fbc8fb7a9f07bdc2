// Reads for the timeline: every held meeting with its article and page, ready to filter and group.
import { queryOptions } from '@tanstack/react-query'
import type { Person } from '@/shared/corpus-schema'
import { loadCorpusIndex } from '@/lib/corpus-index'
import { meetingRows } from './meeting-rows'

export const timelineQueryOptions = () =>
  queryOptions({
    queryKey: ['meetings'],
    queryFn: async () => {
      const idx = await loadCorpusIndex()
      const peopleByName = new Map<string, Person[]>()
      for (const p of idx.people) peopleByName.set(p.name, [...(peopleByName.get(p.name) ?? []), p])
      return { rows: meetingRows(idx), peopleByName }
    },
  })
