// Reads of the app's own state of the corpus: the files that could not be read, for the status bar.
import { queryOptions } from '@tanstack/react-query'
import { loadCorpusIndex } from '@/lib/corpus-index'

/** Article shards that could not be read while the rest of the corpus could. */
export const unreadableFilesQueryOptions = () =>
  queryOptions({
    queryKey: ['corpus', 'unreadable'],
    queryFn: async () => (await loadCorpusIndex()).unreadable,
    retry: false,
  })
