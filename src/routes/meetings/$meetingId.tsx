import { createFileRoute } from '@tanstack/react-router'
import { MeetingPage } from '@/features/meetings/components/meeting-page'
import { meetingQueryOptions } from '@/features/meetings/queries'

/** A meeting as a record: its name, date and basis, place, people, the article, and its series. */
export const Route = createFileRoute('/meetings/$meetingId')({
  loader: ({ context: { queryClient }, params }) => queryClient.ensureQueryData(meetingQueryOptions(params.meetingId)),
  component: MeetingPage,
})
