import { createFileRoute } from '@tanstack/react-router'
import { IssuePage } from '@/features/issues/components/issue-page'
import { issueQueryOptions } from '@/features/issues/queries'

export const Route = createFileRoute('/issues/$issueId')({
  loader: ({ context: { queryClient }, params }) => queryClient.ensureQueryData(issueQueryOptions(params.issueId)),
  component: IssuePage,
})
