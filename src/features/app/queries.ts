// Reads of the app's own state of the corpus: the files that could not be read, for the status bar.
import { queryOptions } from '@tanstack/react-query'
import { corpusIndexOnceLoaded } from '@/lib/corpus-index'

/**
 * Article shards that could not be read while the rest of the corpus could. It waits for a view to load the
 * corpus index rather than load it: /search, which reads through its worker, never pays for it.
 */
export const unreadableFilesQueryOptions = () =>
  queryOptions({
    queryKey: ['corpus', 'unreadable'],
    queryFn: async () => (await corpusIndexOnceLoaded()).unreadable,
    retry: false,
  })
