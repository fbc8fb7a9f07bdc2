// Reads of appointments: the places with their years and organs, and one place's appointments of a year.
import { queryOptions } from '@tanstack/react-query'
import { loadView } from '@/lib/corpus-client'
import { viewPath } from '@/shared/views'
import type { AppointmentRow, AppointmentsIndex } from '@/shared/view-records'

/** The places with their years of appointments and the organs that made them. */
export const appointmentsIndexQueryOptions = () =>
  queryOptions({
    queryKey: ['appointments'],
    queryFn: () => loadView<AppointmentsIndex>(viewPath.appointmentsIndex(), ['places', 'total']),
  })

/** One place's appointments of one year (`undated`: those without a date), in the order of the notices. */
export const appointmentsQueryOptions = (place: string | null, year: string) =>
  queryOptions({
    queryKey: ['appointments', place, year],
    queryFn: () => loadView<AppointmentRow[]>(viewPath.appointments(place, year), null),
  })
