// An issue's date for sorting (its text and precision: precise-date.ts). Shared: the reader's views and the search documents the
// corpus builder writes both need it, so it imports nothing of the app or of Node.
import type { Issue } from './corpus-schema'

/** The day an issue stands for when sorting: its day, else the start of its range. */
export const issueDay = (i: Issue | undefined) => i?.date.value ?? i?.date.earliest ?? null
