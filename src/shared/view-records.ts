// The records of the files cut for views (views.ts names their paths): what each view file holds, as the builder
// writes it and the reader reads it.
import type { Appointment, Article, Figure, Issue, IssueDate, Manifest, Meeting, Office, Person, Role } from './corpus-schema'
import type { PreciseDate } from './precise-date'
import type { Paged } from './views'

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
