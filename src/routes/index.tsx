import { createFileRoute } from '@tanstack/react-router'
import { HomePage } from '@/features/issues/components/home-page'
import { archiveQueryOptions } from '@/features/issues/queries'

export const Route = createFileRoute('/')({
  loader: ({ context: { queryClient } }) => queryClient.ensureQueryData(archiveQueryOptions()),
  component: HomePage,
})
