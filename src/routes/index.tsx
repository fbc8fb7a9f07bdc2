import { createFileRoute } from '@tanstack/react-router'
import { HomePage } from '@/features/archive/components/home-page'
import { archiveQueryOptions } from '@/features/archive/queries'

export const Route = createFileRoute('/')({
  loader: ({ context: { queryClient } }) => queryClient.ensureQueryData(archiveQueryOptions()),
  component: HomePage,
})
