import { createFileRoute } from '@tanstack/react-router'
import { MeetingPage } from '@/features/timeline/components/meeting-page'
import { meetingQueryOptions } from '@/features/timeline/queries'

/** A meeting as a record: its name, date and basis, place, people, the article, and its series. */
export const Route = createFileRoute('/meetings/$meetingId')({
  loader: ({ context: { queryClient }, params }) => queryClient.ensureQueryData(meetingQueryOptions(params.meetingId)),
  component: MeetingPage,
})
