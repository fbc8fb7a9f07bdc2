// An issue's date for sorting (its text and precision: precise-date.ts). Shared: the reader's views and the search documents the
// corpus builder writes both need it, so it imports nothing of the app or of Node.
import type { Issue } from './corpus-schema'

/** The day an issue stands for when sorting: its day, else the start of its range. */
export const issueDay = (i: Issue | undefined) => i?.date.value ?? i?.date.earliest ?? null

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Pages newest first, then in page order, then by id: the order of every list of pages and of the search's
 * document numbers (so that results and lists agree on which of one day's pages comes first).
 */
export const newestFirst = (a: Issue, b: Issue) => byCodePoint(issueDay(b) ?? '', issueDay(a) ?? '') || (a.page ?? 99) - (b.page ?? 99) || byCodePoint(a.id, b.id)
