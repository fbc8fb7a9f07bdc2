// Reads of offices: each place's offices with their latest holders, one office's succession, and who may have held
// each office of a place in a year (the 班子 on a day).
import { queryOptions } from '@tanstack/react-query'
import { loadOptionalView, loadView } from '@/lib/corpus-client'
import { viewFile } from '@/shared/views'

export const officesIndexQueryOptions = () =>
  queryOptions({
    queryKey: ['offices'],
    queryFn: () => loadView(viewFile.officesIndex()),
  })

/** A page of one place's offices, the most reported first, each with its latest holder and their number. */
export const officesQueryOptions = (place: string, page: number) =>
  queryOptions({
    queryKey: ['offices', place, page],
    queryFn: () => loadView(viewFile.offices(place, page)),
  })

/** A place's offices with the holders they may have had in one year, each with its notices and sightings (null: no file for that year). */
export const officesOnQueryOptions = (place: string, year: string) =>
  queryOptions({
    queryKey: ['offices', place, 'on', year],
    queryFn: () => loadOptionalView(viewFile.officesOn(place, year)),
  })

/** One office with every holder in order: its succession. */
export const officeQueryOptions = (officeId: string) =>
  queryOptions({
    queryKey: ['offices', 'office', officeId],
    queryFn: () => loadView(viewFile.office(officeId)),
  })
