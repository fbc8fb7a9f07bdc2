// Exporting pages: the columns of a list of pages (a month of the calendar), each dated as precisely as it is known.
import type { ExportColumns } from '@/lib/export-table'
import { edtfDate, issuePreciseDate } from '@/shared/precise-date'
import type { IssueSummary } from '@/shared/view-records'

export const ISSUE_COLUMNS: ExportColumns<IssueSummary> = [
  ['id', (i) => i.id], ['paper', (i) => i.paper], ['place', (i) => i.place], ['date', (i) => edtfDate(issuePreciseDate(i.date))],
  ['dateBasis', (i) => i.date.basis], ['page', (i) => i.page], ['section', (i) => i.section], ['articles', (i) => i.articles], ['headline', (i) => i.headline],
]

/** A year's coverage as rows: each day the archive has pages of, and how many. */
export const coverageRows = (year: string, days: Record<string, number>) => Object.entries(days).map(([day, pages]) => ({ date: `${year}-${day}`, pages }))

export const COVERAGE_COLUMNS: ExportColumns<{ date: string; pages: number }> = [['date', (r) => r.date], ['pages', (r) => r.pages]]
