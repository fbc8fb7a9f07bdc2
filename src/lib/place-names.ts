// Places as the English interface writes them: 平阳县 (Pingyang County). The romanized names come with the look-up
// file the builder writes (`lookup.json`, sized by places and offices, not by the archive), read once when English
// is shown; Chinese shows the name alone and reads nothing.
import { queryOptions, useQuery } from '@tanstack/react-query'
import { loadOptionalView } from '@/lib/corpus-client'
import { useT } from '@/lib/i18n'
import { viewFile } from '@/shared/views'

const placeNamesQueryOptions = () =>
  queryOptions({
    queryKey: ['lookup', 'places'],
    queryFn: async () => new Map((await loadOptionalView(viewFile.lookup()) ?? []).filter((e) => e.kind === 'place' && e.romanized).map((e) => [e.label, e.romanized!])),
    staleTime: Infinity,
  })

/** A function that writes a place for the interface's language: 平阳县, or 平阳县 (Pingyang County) in English. */
export function usePlaceLabel(): (place: string) => string {
  const t = useT()
  const { data } = useQuery({ ...placeNamesQueryOptions(), enabled: t.lang === 'en' })
  return (place) => {
    const romanized = t.lang === 'en' ? data?.get(place) : undefined
    return romanized ? `${place} (${romanized})` : place
  }
}
