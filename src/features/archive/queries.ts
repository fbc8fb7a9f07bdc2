// Reads of the archive as a whole: what it holds (the home page), the manifest that ties its files together, and
// the list of its files for saving it offline.
import { queryOptions } from '@tanstack/react-query'
import { loadManifest, loadOptionalView, loadView } from '@/lib/corpus-client'
import { viewFile } from '@/shared/views'

/** What the archive holds: counts, each place with its date coverage, the latest pages. */
export const archiveQueryOptions = () =>
  queryOptions({
    queryKey: ['archive'],
    queryFn: () => loadView(viewFile.home()),
  })

/** The manifest: the corpus version and build time that tie its files together. */
export const manifestQueryOptions = () =>
  queryOptions({
    queryKey: ['manifest'],
    queryFn: loadManifest,
  })

/** The list of the files that make the whole archive (for saving it offline); null for a corpus built without it. */
export const offlineIndexQueryOptions = () =>
  queryOptions({
    queryKey: ['offline-index'],
    queryFn: () => loadOptionalView(viewFile.offlineIndex()),
  })
