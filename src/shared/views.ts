// An extension of CORPUS.md: files cut for the reader's views, written by the builder beside the contract's
// files (which stay as they are, for the grader and for people who download the data). Each view reads only its
// own small files, found from its URL without an index of everything: an article by its id, a person by theirs,
// a month of the timeline by the month. Long lists are cut into pages of a fixed size. The files of one build sit
// under views/<build>/ (manifest.views), so that a view never mixes two builds' files. What each file holds is in
// view-records.ts: each path comes with its file's schema, which the builder checks before it writes the file
// and the app after it reads it.
import type * as v from 'valibot'
import type { Person } from './corpus-schema'
import { OfficesOfYearSchema } from './office-tenure'
import * as r from './view-records'

/** Items per page of every paged list, in the files and in the views (`page=` in the URL). */
export const PAGE_SIZE = 50

/**
 * A name or id as a file name: letters, digits, `-` and `_` as they are; anything else (Chinese, spaces, dots)
 * as `_` and the UTF-8 bytes in hex — the same in the builder and the browser. A key that would be longer than a
 * file name may be keeps the start of its hex and a hash of the whole id (cutting it alone made ids that share a
 * start share a file); the builder refuses a build in which two ids still meet in one file.
 */
function fileKey(id: string): string {
  if (/^[A-Za-z0-9-][A-Za-z0-9_-]*$/.test(id) && id.length <= 120) return id
  const bytes = new TextEncoder().encode(id)
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')
  return hex.length < 200 ? `_${hex}` : `_${hex.slice(0, 160)}~${hashOf(bytes)}`
}

/** 64 bits of FNV-1a (two 32-bit runs of different offsets) as 16 hex digits. */
function hashOf(bytes: Uint8Array): string {
  let a = 0x811c9dc5
  let b = 0x050c5d1f
  for (const x of bytes) {
    a = Math.imul(a ^ x, 0x01000193)
    b = Math.imul(b ^ x, 0x01000193)
  }
  return [a, b].map((h) => (h >>> 0).toString(16).padStart(8, '0')).join('')
}

const page = (n: number) => String(n).padStart(4, '0')

/** A file of the views folder: its path inside the folder, and the schema of what it holds. */
export interface ViewFile<S extends v.GenericSchema = v.GenericSchema> {
  path: string
  schema: S
}
const at = <S extends v.GenericSchema>(schema: S, path: string): ViewFile<S> => ({ path, schema })

/** The files inside the views folder. */
export const viewFile = {
  home: () => at(r.HomeViewSchema, 'home.json'),
  calendarIndex: () => at(r.CalendarIndexSchema, 'calendar/index.json'),
  /** one place's pages of one month, YYYY-MM */
  calendarMonth: (place: string | null, month: string) => at(r.CalendarMonthSchema, `calendar/${fileKey(place ?? '')}/${month}.json`),
  /** the days of one year a place's paper has pages of: its coverage */
  calendarDays: (place: string | null, year: string) => at(r.CalendarDaysSchema, `calendar/${fileKey(place ?? '')}/days-${year}.json`),
  calendarUndated: (place: string | null, n: number) => at(r.pagedSchema(r.IssueSummarySchema), `calendar/${fileKey(place ?? '')}/undated-${page(n)}.json`),
  issue: (id: string) => at(r.IssueViewSchema, `issues/${fileKey(id)}.json`),
  article: (id: string) => at(r.ArticleViewSchema, `articles/${fileKey(id)}.json`),
  peopleIndex: () => at(r.PeopleIndexSchema, 'people/index.json'),
  peoplePage: (kind: Person['kind'] | null, n: number) => at(r.PeoplePageSchema, `people/${kind ?? 'all'}-${page(n)}.json`),
  peopleFind: (bucket: string) => at(r.PeopleFoundSchema, `people/find/${fileKey(bucket)}.json`),
  person: (id: string) => at(r.PersonViewSchema, `people/${fileKey(id)}.json`),
  personArticles: (id: string, n: number) => at(r.PersonArticlesSchema, `people/${fileKey(id)}/articles-${page(n)}.json`),
  personMeetings: (id: string, n: number) => at(r.PersonMeetingsSchema, `people/${fileKey(id)}/meetings-${page(n)}.json`),
  timelineIndex: () => at(r.TimelineIndexSchema, 'timeline/index.json'),
  timelineYear: (year: string) => at(r.TimelineYearSchema, `timeline/year-${year}.json`),
  timelineMonth: (month: string) => at(r.MeetingRowsSchema, `timeline/${month}.json`),
  figuresIndex: () => at(r.FiguresIndexSchema, 'figures/index.json'),
  figureSeries: (place: string | null, label: string) => at(r.FigureSeriesSchema, `figures/${fileKey(place ?? '')}/${fileKey(label)}-series.json`),
  figures: (place: string | null, label: string | null, n: number) => at(r.FigureRowsSchema, `figures/${fileKey(place ?? '')}/${label === null ? 'all' : fileKey(label)}-${page(n)}.json`),
  meeting: (id: string) => at(r.MeetingViewSchema, `meetings/${fileKey(id)}.json`),
  appointmentsIndex: () => at(r.AppointmentsIndexSchema, 'appointments/index.json'),
  /** one place's appointments of one year (`undated`: those without a date) */
  appointments: (place: string | null, year: string) => at(r.AppointmentRowsSchema, `appointments/${fileKey(place ?? '')}/${year}.json`),
  officesIndex: () => at(r.OfficesIndexSchema, 'offices/index.json'),
  offices: (place: string, n: number) => at(r.OfficesPageSchema, `offices/${fileKey(place)}-${page(n)}.json`),
  office: (id: string) => at(r.OfficeViewSchema, `offices/office/${fileKey(id)}.json`),
  /** a place's offices with the holders they may have had in a year: the 班子 on any day of it */
  officesOn: (place: string, year: string) => at(OfficesOfYearSchema, `offices/${fileKey(place)}/on-${year}.json`),
  /** places, papers and offices, for the search box's look-up */
  lookup: () => at(r.LookupSchema, 'lookup.json'),
  offlineIndex: () => at(r.OfflineIndexSchema, 'offline/index.json'),
  offlinePart: (n: number) => at(r.OfflinePartSchema, `offline/part-${page(n)}.json`),
}

/** The number of pages a list of `total` items takes (at least one, so that an empty list has a page). */
export const pageCount = (total: number) => Math.max(1, Math.ceil(total / PAGE_SIZE))

/**
 * The buckets a person is found in: each character of the name (c王), the first four letters of its pinyin
 * (fwang) and its first two initials (iwx). A reader's query names the same buckets (see queryBuckets).
 */
export function findBuckets(name: string, full: string, initials: string): string[] {
  return [...new Set([...[...name].map((c) => `c${c}`), ...(full.length >= 4 ? [`f${full.slice(0, 4)}`] : []), ...(initials.length >= 2 ? [`i${initials.slice(0, 2)}`] : [])])]
}

/** The buckets that hold every person a query can match: the smallest of its characters', or its pinyin's. */
export function queryBuckets(query: string, counts: Record<string, number>): string[] {
  const q = query.trim().toLowerCase().replace(/\s+/g, '')
  if (/^[a-z]+$/.test(q)) return q.length < 2 ? [] : [`i${q.slice(0, 2)}`, ...(q.length >= 4 ? [`f${q.slice(0, 4)}`] : [])]
  const chars = [...new Set(q)].map((c) => `c${c}`)
  if (!chars.length) return []
  // a character no name holds: no one matches
  const smallest = chars.reduce((best, c) => ((counts[c] ?? 0) < (counts[best] ?? 0) ? c : best))
  return (counts[smallest] ?? 0) > 0 ? [smallest] : []
}

/** Labels listed per place in the figures index (the most reported); any other label's files exist too. */
export const LABELS_PER_PLACE = 200

/** Files per part of the offline list. */
export const OFFLINE_PART_FILES = 5000
