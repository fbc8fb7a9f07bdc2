// An extension of CORPUS.md: files cut for the reader's views, written by the builder beside the contract's
// files (which stay as they are, for the grader and for people who download the data). Each view reads only its
// own small files, found from its URL without an index of everything: an article by its id, a person by theirs,
// a month of the timeline by the month. Long lists are cut into pages of a fixed size. The files of one build sit
// under views/<build>/ (manifest.views), so that a view never mixes two builds' files.
import type { Appointment, Article, Figure, Issue, IssueDate, Manifest, Meeting, Office, Person, Role } from './corpus-schema'
import type { PreciseDate } from './precise-date'

/** Items per page of every paged list, in the files and in the views (`page=` in the URL). */
export const PAGE_SIZE = 50

/**
 * A name or id as a file name: letters, digits, `-` and `_` as they are; anything else (Chinese, spaces, dots)
 * as `_` and the UTF-8 bytes in hex. Collision-free, and the same in the builder and the browser.
 */
function fileKey(id: string): string {
  if (/^[A-Za-z0-9-][A-Za-z0-9_-]*$/.test(id) && id.length <= 120) return id
  const hex = [...new TextEncoder().encode(id)].map((b) => b.toString(16).padStart(2, '0')).join('')
  return `_${hex}`.slice(0, 200)
}

const page = (n: number) => String(n).padStart(4, '0')

/** Paths inside the views folder. */
export const viewPath = {
  home: () => 'home.json',
  calendarIndex: () => 'calendar/index.json',
  /** one place's pages of one month, YYYY-MM */
  calendarMonth: (place: string | null, month: string) => `calendar/${fileKey(place ?? '')}/${month}.json`,
  /** the days of one year a place's paper has pages of: its coverage */
  calendarDays: (place: string | null, year: string) => `calendar/${fileKey(place ?? '')}/days-${year}.json`,
  calendarUndated: (place: string | null, n: number) => `calendar/${fileKey(place ?? '')}/undated-${page(n)}.json`,
  issue: (id: string) => `issues/${fileKey(id)}.json`,
  article: (id: string) => `articles/${fileKey(id)}.json`,
  peopleIndex: () => 'people/index.json',
  peoplePage: (kind: Person['kind'] | null, n: number) => `people/${kind ?? 'all'}-${page(n)}.json`,
  peopleFind: (bucket: string) => `people/find/${fileKey(bucket)}.json`,
  person: (id: string) => `people/${fileKey(id)}.json`,
  personList: (id: string, list: 'articles' | 'meetings', n: number) => `people/${fileKey(id)}/${list}-${page(n)}.json`,
  timelineIndex: () => 'timeline/index.json',
  timelineYear: (year: string) => `timeline/year-${year}.json`,
  timelineMonth: (month: string) => `timeline/${month}.json`,
  figuresIndex: () => 'figures/index.json',
  figureSeries: (place: string | null, label: string) => `figures/${fileKey(place ?? '')}/${fileKey(label)}-series.json`,
  figures: (place: string | null, label: string | null, n: number) => `figures/${fileKey(place ?? '')}/${label === null ? 'all' : fileKey(label)}-${page(n)}.json`,
  meeting: (id: string) => `meetings/${fileKey(id)}.json`,
  appointmentsIndex: () => 'appointments/index.json',
  /** one place's appointments of one year (`undated`: those without a date) */
  appointments: (place: string | null, year: string) => `appointments/${fileKey(place ?? '')}/${year}.json`,
  officesIndex: () => 'offices/index.json',
  offices: (place: string, n: number) => `offices/${fileKey(place)}-${page(n)}.json`,
  office: (id: string) => `offices/office/${fileKey(id)}.json`,
  /** a place's offices with the holders they may have had in a year: the 班子 on any day of it */
  officesOn: (place: string, year: string) => `offices/${fileKey(place)}/on-${year}.json`,
  offlineIndex: () => 'offline/index.json',
  offlinePart: (n: number) => `offline/part-${page(n)}.json`,
}

/** The number of pages a list of `total` items takes (at least one, so that an empty list has a page). */
export const pageCount = (total: number) => Math.max(1, Math.ceil(total / PAGE_SIZE))

/** A page of a list, as the files hold it. */
export interface Paged<T> {
  page: number
  pages: number
  total: number
  items: T[]
}

/** A printed page as lists show it: no blocks, no article texts. */
export interface IssueSummary {
  id: string
  place: string | null
  paper: string | null
  page: number | null
  section: string | null
  date: IssueDate
  /** the day it sorts by: its day, else the start of its range */
  day: string | null
  articles: number
  headline: string | null
}

export interface PlaceCoverage {
  place: string | null
  papers: string[]
  issues: number
  /** the dates of its first and last pages, as precisely as each is known */
  first: PreciseDate | null
  last: PreciseDate | null
}

export interface HomeView {
  counts: Manifest['counts']
  places: PlaceCoverage[]
  latest: IssueSummary[]
}

/**
 * The places with their papers, the years and months each has dated pages of (newest year first), and how many
 * pages have no known day. Months are numbers, so that twenty years add a few hundred bytes.
 */
export interface CalendarIndex {
  places: { place: string | null; papers: string[]; years: { year: string; pages: number; days: number; months: number[] }[]; undated: number }[]
}

/** The days of a year a place's paper has pages of (MM-DD → pages): so that silence is not read as absence. */
export interface CalendarDays {
  place: string | null
  year: string
  days: Record<string, number>
}

/** One place's pages of one month (YYYY-MM), newest first. The pages without a known day are in `undated-NNNN`. */
export interface CalendarMonth {
  place: string | null
  month: string
  issues: IssueSummary[]
}

/** An article as its page lists it. */
interface ArticleEntry {
  id: string
  kind: Article['kind']
  headline: string | null
  kicker: string | null
  /** the opening words, for an article without a headline */
  opening: string
  toPage: number | null
}

export interface IssueView {
  issue: Issue
  articles: ArticleEntry[]
  /** the page a teaser points to, by the teaser's id */
  teaserTargets: Record<string, string>
  /** the pages of the same paper and day, this one among them, in page order */
  sameDay: IssueSummary[]
  /** the first page of the paper's previous and next issues (上一期, 下一期) */
  prevIssue: IssueSummary | null
  nextIssue: IssueSummary | null
}

export interface PersonRef {
  id: string
  name: string
  kind: Person['kind']
  /** the name in pinyin as English writes it (Meng Xiaobin), shown beside the characters in the English view */
  romanized: string
}

/** The page an article was printed on, as its view and citation need it. */
export interface ArticleIssue extends IssueSummary {
  source: string
  /** the masthead's publisher (中共平阳县委机关报), when the page has one */
  publisher: string | null
}

/** 时任: the title a person held on a date, and how that is known (a notice, or a sighting), with its sentence. */
export interface TitleThen {
  title: string
  place: string | null
  basis: 'appointed' | 'seen'
  /** the notice's date, for an appointment */
  date: string | null
  articleId: string
  sentence: string
}

export interface ArticleView {
  article: Article
  issue: ArticleIssue
  prev: { id: string; headline: string | null } | null
  next: { id: string; headline: string | null } | null
  /** each with 时任, their title on the article's date, when the corpus knows it */
  people: (PersonRef & { then: TitleThen | null })[]
  meetings: Meeting[]
  figures: Figure[]
  /** the page a teaser or a continuation points to, when the corpus has it */
  target: IssueSummary | null
}

export interface PersonEntry extends PersonRef {
  region: string | null
  latestTitle: string | null
  places: string[]
  articles: number
}

export interface PeopleIndex {
  total: number
  pages: number
  places: string[]
  /**
   * how many people each character's find bucket holds: the browser fetches the smallest bucket of a query's
   * characters (a pinyin query fetches the buckets of its first letters; see findBuckets)
   */
  buckets: Record<string, number>
}

/** A person as a find bucket holds them: with the pinyin of the name, in full and as initials. */
export interface PersonFound extends PersonEntry {
  pinyin: string
  initials: string
}

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

export interface PersonArticle {
  id: string
  headline: string | null
  day: string | null
  date: PreciseDate | null
  place: string | null
  paper?: string | null
  wrote: boolean
}

export interface PersonMeeting {
  id: string
  name: string
  date: string | null
  articleId: string
  as: 'chair' | 'speaker' | 'attendee'
}

/** A role with at most a few of its evidence sentences (the whole evidence is in people.json) and its count of sightings. */
type RoleView = Omit<Role, 'articleIds'> & { sightings: number }

export interface PersonView {
  person: Omit<Person, 'roles' | 'articleIds'> & { roles: RoleView[]; romanized: string }
  appointments: Appointment[]
  together: { person: PersonRef; count: number }[]
  articles: Paged<PersonArticle>
  meetings: Paged<PersonMeeting>
}

export interface MeetingRow {
  meeting: Meeting
  headline: string | null
  issueId: string | null
  place: string | null
  /** YYYY-MM-DD when the day is known */
  day: string | null
  /** the year when only the year is known (the page's year) */
  year: string | null
  type: string
  /** people of the meeting with their ids, for links */
  people: Record<string, string>
}

/** The years that have dated meetings, oldest first, each with its latest month (the view a year opens on). */
export interface TimelineIndex {
  total: number
  years: { year: string; count: number; latest: string }[]
  /** meetings dated only by their year, or not at all, under "YYYY" or "" */
  undated: { year: string; count: number }[]
}

/** One year's months that have meetings, with counts by place: the chart of the year. */
export interface TimelineYear {
  year: string
  months: { month: string; count: number; places: Record<string, number> }[]
}

export interface FigureRow {
  figure: Figure
  place: string | null
  day: string | null
  headline: string | null
}

/** A label's values over the years in one place: per unit, one point a year (the first reported). */
export type FigureSeries = { unit: string; points: { year: string; value: number; raw: string; figureId: string }[] }[]

/** Labels listed per place in the figures index (the most reported); any other label's files exist too. */
export const LABELS_PER_PLACE = 200

export interface FiguresIndex {
  total: number
  /** each label with its count, its most frequent unit and the number of years its series spans in that unit */
  places: { place: string | null; count: number; labels: { label: string; count: number; unit: string; years: number }[] }[]
}

/** An office with each holder's first articles and number of sightings (`offices/office/<id>.json`: every holder). */
export type OfficeView = Omit<Office, 'holders'> & { holders: (Office['holders'][number] & { sightings: number })[] }

/**
 * An office as its place's page lists it: the latest holder only, and how many there were. The succession is in
 * the office's own file, so that twenty years of an office do not make the list heavier.
 */
export type OfficeEntry = OfficeView & { holderCount: number }

export interface OfficesIndex {
  /**
   * `years`: the years that have a file of who held what (officesOn), oldest first; `earliest` and `latest`: the
   * first and last days a holder of the place's offices was seen or appointed
   */
  places: { place: string; offices: number; pages: number; years: string[]; earliest: string | null; latest: string | null }[]
}

/** A meeting in a list of its series: enough to link it and order it. */
export interface MeetingRef {
  id: string
  name: string
  date: string | null
  session: Meeting['session']
}

/** A meeting's page: the record, where it was reported, its people's ids, and its neighbours in its series. */
export interface MeetingView {
  meeting: Meeting
  headline: string | null
  issue: IssueSummary | null
  place: string | null
  /** people of the meeting with their ids, for links */
  people: Record<string, string>
  /** the same body's meetings (its name without 届 and 次), in order: up to five before and after this one */
  series: { name: string; total: number; position: number; before: MeetingRef[]; after: MeetingRef[] }
}

/** An appointment as its list shows it: the notice's page and the person's id. */
export interface AppointmentRow {
  appointment: Appointment
  personId: string | null
  place: string | null
  headline: string | null
  issueId: string | null
}

/** Places with their years of appointments (`undated` last) and the organs that made them. */
export interface AppointmentsIndex {
  total: number
  places: { place: string | null; total: number; years: { year: string; count: number }[]; organs: string[] }[]
}

/**
 * The files a reader saves to have the whole archive offline (the /about page's "save"): every file of the views
 * folder and of the search index, listed in parts (`offline/part-NNNN.json`) so that no file grows with the
 * archive. Paths are relative to their folder: manifest.views, and the search index's folder.
 */
export interface OfflineIndex {
  files: number
  /** the files' bytes as stored (what they take in the browser's storage; less travels compressed) */
  bytes: number
  parts: number
}

export interface OfflinePart {
  views: [path: string, bytes: number][]
  search: [path: string, bytes: number][]
}

/** Files per part of the offline list. */
export const OFFLINE_PART_FILES = 5000
