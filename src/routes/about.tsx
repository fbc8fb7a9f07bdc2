import { createFileRoute } from '@tanstack/react-router'
import { AboutPage } from '@/features/archive/components/about-page'
import { archiveQueryOptions, manifestQueryOptions, offlineIndexQueryOptions } from '@/features/archive/queries'

export const Route = createFileRoute('/about')({
  loader: ({ context: { queryClient } }) => Promise.all([queryClient.ensureQueryData(manifestQueryOptions()), queryClient.ensureQueryData(archiveQueryOptions()), queryClient.ensureQueryData(offlineIndexQueryOptions())]),
  component: AboutPage,
})
