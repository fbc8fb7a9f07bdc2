// Reads of appointments: the places with their years and organs, and one place's appointments of a year.
import { queryOptions } from '@tanstack/react-query'
import { loadView } from '@/lib/corpus-client'
import { viewFile } from '@/shared/views'

/** The places with their years of appointments and the organs that made them. */
export const appointmentsIndexQueryOptions = () =>
  queryOptions({
    queryKey: ['appointments'],
    queryFn: () => loadView(viewFile.appointmentsIndex()),
  })

/** One place's appointments of one year (`undated`: those without a date), in the order of the notices. */
export const appointmentsQueryOptions = (place: string | null, year: string) =>
  queryOptions({
    queryKey: ['appointments', place, year],
    queryFn: () => loadView(viewFile.appointments(place, year)),
  })
