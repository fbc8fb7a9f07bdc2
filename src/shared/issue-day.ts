// An issue's date for sorting and as short text. Shared: the reader's views and the search documents the
// corpus builder writes both need it, so it imports nothing of the app or of Node.
import type { Issue } from './corpus-schema'

/** The day an issue stands for when sorting: its day, else the start of its range. */
export const issueDay = (i: Issue | undefined) => i?.date.value ?? i?.date.earliest ?? null

/** An issue's date as short text: its day, or its year when only the year is known, else the range's start. */
export function issueDayLabel(i: Issue | undefined): string | null {
  const d = i?.date
  if (!d) return null
  if (d.value) return d.value
  if (d.earliest && d.latest && d.earliest.slice(0, 4) === d.latest.slice(0, 4) && d.earliest.endsWith('-01-01') && d.latest.endsWith('-12-31')) return d.earliest.slice(0, 4)
  return d.earliest ? `${d.earliest}…` : null
}
