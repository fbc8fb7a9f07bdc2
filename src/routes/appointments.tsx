import { createFileRoute } from '@tanstack/react-router'
import { appointmentSelection } from '@/features/appointments/appointment-filter'
import { AppointmentsPage } from '@/features/appointments/components/appointments-page'
import { appointmentsIndexQueryOptions, appointmentsQueryOptions } from '@/features/appointments/queries'
import { textParams } from '@/lib/search-params'

/** ?place=平阳县&year=2025&organ=…&action=appoint|remove|resign|elect&page=N: a place's appointments of a year. */
export const Route = createFileRoute('/appointments')({
  validateSearch: (s: Record<string, unknown>) => textParams(s, ['place', 'year', 'organ', 'action', 'page']),
  loaderDeps: ({ search }) => ({ place: search.place, year: search.year }),
  loader: async ({ context: { queryClient }, deps }) => {
    const selection = appointmentSelection(await queryClient.ensureQueryData(appointmentsIndexQueryOptions()), deps)
    if (selection.year) await queryClient.ensureQueryData(appointmentsQueryOptions(selection.place, selection.year))
    return selection
  },
  component: AppointmentsPage,
})
