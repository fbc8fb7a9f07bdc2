// Reads for the timeline: every held meeting with its article and page, ready to filter and group.
import { queryOptions } from '@tanstack/react-query'
import { loadCorpusIndex } from '@/lib/corpus-index'
import { meetingRows } from './meeting-rows'

export const timelineQueryOptions = () =>
  queryOptions({
    queryKey: ['meetings'],
    queryFn: async () => {
      const idx = await loadCorpusIndex()
      return { rows: meetingRows(idx), people: idx.people }
    },
  })
