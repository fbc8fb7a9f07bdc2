// The records of the files cut for views (views.ts names their paths and pairs each with its schema here): what
// each view file holds, as schemas the builder checks before it writes a file and the app after it reads one.
import * as v from 'valibot'
import { AppointmentSchema, ArticleSchema, FigureSchema, IssueDateSchema, IssueSchema, MeetingSchema, OfficeHolderSchema, OfficeSchema, PERSON_KINDS, PersonSchema, RoleSchema, ARTICLE_KINDS } from './corpus-schema'
import { ReaderManifestSchema } from './corpus-manifest'
import { PreciseDateSchema } from './precise-date'

const text = v.string()
const orNull = <S extends v.GenericSchema>(s: S) => v.nullable(s)
const num = v.number()

/** A page of a list, as the files hold it. */
export const pagedSchema = <S extends v.GenericSchema>(item: S) => v.object({ page: num, pages: num, total: num, items: v.array(item) })
export type Paged<T> = { page: number; pages: number; total: number; items: T[] }

/** A printed page as lists show it: no blocks, no article texts. */
export const IssueSummarySchema = v.object({
  id: text,
  place: orNull(text),
  paper: orNull(text),
  page: orNull(num),
  section: orNull(text),
  date: IssueDateSchema,
  /** the day it sorts by: its day, else the start of its range */
  day: orNull(text),
  articles: num,
  headline: orNull(text),
})
export type IssueSummary = v.InferOutput<typeof IssueSummarySchema>

const PlaceCoverageSchema = v.object({
  place: orNull(text),
  papers: v.array(text),
  issues: num,
  /** the dates of its first and last pages, as precisely as each is known */
  first: orNull(PreciseDateSchema),
  last: orNull(PreciseDateSchema),
})
export type PlaceCoverage = v.InferOutput<typeof PlaceCoverageSchema>

export const HomeViewSchema = v.object({ counts: ReaderManifestSchema.entries.counts, places: v.array(PlaceCoverageSchema), latest: v.array(IssueSummarySchema) })
export type HomeView = v.InferOutput<typeof HomeViewSchema>

/**
 * The places with their papers, the years and months each has dated pages of (newest year first), and how many
 * pages have no known day. Months are numbers, so that twenty years add a few hundred bytes.
 */
export const CalendarIndexSchema = v.object({
  places: v.array(v.object({ place: orNull(text), papers: v.array(text), years: v.array(v.object({ year: text, pages: num, days: num, months: v.array(num) })), undated: num })),
})
export type CalendarIndex = v.InferOutput<typeof CalendarIndexSchema>

/** The days of a year a place's paper has pages of (MM-DD → pages): so that silence is not read as absence. */
export const CalendarDaysSchema = v.object({ place: orNull(text), year: text, days: v.record(text, num) })
export type CalendarDays = v.InferOutput<typeof CalendarDaysSchema>

/** One place's pages of one month (YYYY-MM), newest first. The pages without a known day are in `undated-NNNN`. */
export const CalendarMonthSchema = v.object({ place: orNull(text), month: text, issues: v.array(IssueSummarySchema) })
export type CalendarMonth = v.InferOutput<typeof CalendarMonthSchema>

/** An article as its page lists it; `opening`: the opening words, for an article without a headline. */
const ArticleEntrySchema = v.object({ id: text, kind: v.picklist(ARTICLE_KINDS), headline: orNull(text), kicker: orNull(text), opening: text, toPage: orNull(num) })

export const IssueViewSchema = v.object({
  issue: IssueSchema,
  articles: v.array(ArticleEntrySchema),
  /** the page a teaser points to, by the teaser's id */
  teaserTargets: v.record(text, text),
  /** the pages of the same paper and day, this one among them, in page order */
  sameDay: v.array(IssueSummarySchema),
  /** the first page of the paper's previous and next issues (上一期, 下一期) */
  prevIssue: orNull(IssueSummarySchema),
  nextIssue: orNull(IssueSummarySchema),
})
export type IssueView = v.InferOutput<typeof IssueViewSchema>

const PersonRefSchema = v.object({
  id: text,
  name: text,
  kind: v.picklist(PERSON_KINDS),
  /** the name in pinyin as English writes it (Meng Xiaobin), shown beside the characters in the English view */
  romanized: text,
})
export type PersonRef = v.InferOutput<typeof PersonRefSchema>

/** The page an article was printed on, as its view and citation need it; `publisher`: the masthead's (中共平阳县委机关报). */
/** The page an article was printed on, as its view needs it: for a page read from a PDF, its print (the clip). */
const ArticleIssueSchema = v.object({
  ...IssueSummarySchema.entries, source: text, publisher: orNull(text), issueNumber: orNull(num),
  print: orNull(v.object({ image: text, width: num, height: num })),
})
export type ArticleIssue = v.InferOutput<typeof ArticleIssueSchema>

/** 时任: the title a person held on a date, and how that is known (a notice, or a sighting), with its sentence. */
const TitleThenSchema = v.object({
  title: text,
  place: orNull(text),
  basis: v.picklist(['appointed', 'seen']),
  /** the notice's date, for an appointment */
  date: orNull(text),
  articleId: text,
  sentence: text,
})
export type TitleThen = v.InferOutput<typeof TitleThenSchema>

const neighbour = orNull(v.object({ id: text, headline: orNull(text) }))
export const ArticleViewSchema = v.object({
  article: ArticleSchema,
  issue: ArticleIssueSchema,
  prev: neighbour,
  next: neighbour,
  /** each with 时任, their title on the article's date, when the corpus knows it */
  people: v.array(v.object({ ...PersonRefSchema.entries, then: orNull(TitleThenSchema) })),
  meetings: v.array(MeetingSchema),
  figures: v.array(FigureSchema),
  /** the page a teaser or a continuation points to, when the corpus has it */
  target: orNull(IssueSummarySchema),
})
export type ArticleView = v.InferOutput<typeof ArticleViewSchema>

const PersonEntrySchema = v.object({ ...PersonRefSchema.entries, region: orNull(text), latestTitle: orNull(text), places: v.array(text), articles: num })
export type PersonEntry = v.InferOutput<typeof PersonEntrySchema>
export const PeoplePageSchema = pagedSchema(PersonEntrySchema)

export const PeopleIndexSchema = v.object({
  total: num,
  pages: num,
  places: v.array(text),
  /**
   * how many people each character's find bucket holds: the browser fetches the smallest bucket of a query's
   * characters (a pinyin query fetches the buckets of its first letters; see findBuckets)
   */
  buckets: v.record(text, num),
})
export type PeopleIndex = v.InferOutput<typeof PeopleIndexSchema>

/** A person as a find bucket holds them: with the pinyin of the name, in full and as initials. */
export const PeopleFoundSchema = v.array(v.object({ ...PersonEntrySchema.entries, pinyin: text, initials: text }))
export type PersonFound = v.InferOutput<typeof PeopleFoundSchema>[number]

const PersonArticleSchema = v.object({ id: text, headline: orNull(text), day: orNull(text), date: orNull(PreciseDateSchema), place: orNull(text), paper: v.optional(orNull(text)), wrote: v.boolean() })
export type PersonArticle = v.InferOutput<typeof PersonArticleSchema>
export const PersonArticlesSchema = pagedSchema(PersonArticleSchema)

const PersonMeetingSchema = v.object({ id: text, name: text, date: orNull(text), articleId: text, as: v.picklist(['chair', 'speaker', 'attendee']) })
export type PersonMeeting = v.InferOutput<typeof PersonMeetingSchema>
export const PersonMeetingsSchema = pagedSchema(PersonMeetingSchema)

/** A role with at most a few of its evidence sentences (the whole evidence is in people.json) and its count of sightings. */
const RoleViewSchema = v.object({ ...v.omit(RoleSchema, ['articleIds']).entries, sightings: num })

export const PersonViewSchema = v.object({
  person: v.object({ ...v.omit(PersonSchema, ['roles', 'articleIds']).entries, roles: v.array(RoleViewSchema), romanized: text }),
  appointments: v.array(AppointmentSchema),
  together: v.array(v.object({ person: PersonRefSchema, count: num })),
  articles: PersonArticlesSchema,
  meetings: PersonMeetingsSchema,
})
export type PersonView = v.InferOutput<typeof PersonViewSchema>

export const MeetingRowsSchema = v.array(v.object({
  meeting: MeetingSchema,
  headline: orNull(text),
  issueId: orNull(text),
  place: orNull(text),
  /** YYYY-MM-DD when the day is known */
  day: orNull(text),
  /** the year when only the year is known (the page's year) */
  year: orNull(text),
  type: text,
  /** people of the meeting with their ids, for links */
  people: v.record(text, text),
}))
export type MeetingRow = v.InferOutput<typeof MeetingRowsSchema>[number]

/** The years that have dated meetings, oldest first, each with its latest month (the view a year opens on). */
export const TimelineIndexSchema = v.object({
  total: num,
  years: v.array(v.object({ year: text, count: num, latest: text })),
  /** meetings dated only by their year, or not at all, under "YYYY" or "" */
  undated: v.array(v.object({ year: text, count: num })),
})
export type TimelineIndex = v.InferOutput<typeof TimelineIndexSchema>

/** One year's months that have meetings, with counts by place: the chart of the year. */
export const TimelineYearSchema = v.object({ year: text, months: v.array(v.object({ month: text, count: num, places: v.record(text, num) })) })
export type TimelineYear = v.InferOutput<typeof TimelineYearSchema>

const FigureRowSchema = v.object({ figure: FigureSchema, place: orNull(text), day: orNull(text), date: orNull(PreciseDateSchema), headline: orNull(text) })
export type FigureRow = v.InferOutput<typeof FigureRowSchema>
export const FigureRowsSchema = pagedSchema(FigureRowSchema)

/** A label's values over the years in one place: per unit, one point a year (the first reported). */
export const FigureSeriesSchema = v.array(v.object({ unit: text, points: v.array(v.object({ year: text, value: num, raw: text, figureId: text })) }))
export type FigureSeries = v.InferOutput<typeof FigureSeriesSchema>

/** Each label with its count, its most frequent unit and the number of years its series spans in that unit. */
export const FiguresIndexSchema = v.object({
  total: num,
  places: v.array(v.object({ place: orNull(text), count: num, labels: v.array(v.object({ label: text, count: num, unit: text, years: num })) })),
})
export type FiguresIndex = v.InferOutput<typeof FiguresIndexSchema>

/** An office with each holder's first articles and number of sightings (`offices/office/<id>.json`: every holder). */
export const OfficeViewSchema = v.object({ ...v.omit(OfficeSchema, ['holders']).entries, holders: v.array(v.object({ ...OfficeHolderSchema.entries, sightings: num })) })
export type OfficeView = v.InferOutput<typeof OfficeViewSchema>

/**
 * An office as its place's page lists it: the latest holder only, and how many there were. The succession is in
 * the office's own file, so that twenty years of an office do not make the list heavier.
 */
const OfficeEntrySchema = v.object({ ...OfficeViewSchema.entries, holderCount: num })
export type OfficeEntry = v.InferOutput<typeof OfficeEntrySchema>
export const OfficesPageSchema = pagedSchema(OfficeEntrySchema)

/**
 * `years`: the years that have a file of who held what (officesOn), oldest first; `earliest` and `latest`: the
 * first and last days a holder of the place's offices was seen or appointed
 */
export const OfficesIndexSchema = v.object({
  places: v.array(v.object({ place: text, offices: num, pages: num, years: v.array(text), earliest: orNull(text), latest: orNull(text) })),
})
export type OfficesIndex = v.InferOutput<typeof OfficesIndexSchema>

/** A meeting in a list of its series: enough to link it and order it. */
const MeetingRefSchema = v.object({ id: text, name: text, date: MeetingSchema.entries.date, session: MeetingSchema.entries.session })
export type MeetingRef = v.InferOutput<typeof MeetingRefSchema>

/** A meeting's page: the record, where it was reported, its people's ids, and its neighbours in its series. */
export const MeetingViewSchema = v.object({
  meeting: MeetingSchema,
  headline: orNull(text),
  issue: orNull(IssueSummarySchema),
  place: orNull(text),
  /** people of the meeting with their ids, for links */
  people: v.record(text, text),
  /** the same body's meetings (its name without 届 and 次), in order: up to five before and after this one */
  series: v.object({ name: text, total: num, position: num, before: v.array(MeetingRefSchema), after: v.array(MeetingRefSchema) }),
})
export type MeetingView = v.InferOutput<typeof MeetingViewSchema>

/** An appointment as its list shows it: the notice's page and the person's id. */
export const AppointmentRowsSchema = v.array(v.object({ appointment: AppointmentSchema, personId: orNull(text), place: orNull(text), headline: orNull(text), issueId: orNull(text) }))
export type AppointmentRow = v.InferOutput<typeof AppointmentRowsSchema>[number]

/** Places with their years of appointments (`undated` last) and the organs that made them. */
export const AppointmentsIndexSchema = v.object({
  total: num,
  places: v.array(v.object({ place: orNull(text), total: num, years: v.array(v.object({ year: text, count: num })), organs: v.array(text) })),
})
export type AppointmentsIndex = v.InferOutput<typeof AppointmentsIndexSchema>

/**
 * The files a reader saves to have the whole archive offline (the /about page's "save"): every file of the views
 * folder and of the search index, listed in parts (`offline/part-NNNN.json`) so that no file grows with the
 * archive. Paths are relative to their folder: manifest.views, and the search index's folder. `bytes`: the files'
 * bytes as stored (what they take in the browser's storage; less travels compressed).
 */
export const OfflineIndexSchema = v.object({ files: num, bytes: num, parts: num })
export type OfflineIndex = v.InferOutput<typeof OfflineIndexSchema>

const fileList = v.array(v.tuple([text, num]))
/** `print`: the printed pages' images of pages read from PDFs (their clips), by name under `print/` */
export const OfflinePartSchema = v.object({ views: fileList, search: fileList, print: fileList })
export type OfflinePart = v.InferOutput<typeof OfflinePartSchema>

/**
 * What the search box looks up as one types, besides people (whose find buckets grow with the archive): every
 * place, paper and office, with the pinyin of its name in full and as initials. Its size grows with the places and
 * their offices, not with the articles.
 */
export const LookupSchema = v.array(v.object({
  kind: v.picklist(['place', 'paper', 'office']),
  label: text,
  /** the place it belongs to: a paper's county, an office's place; a place's own name */
  place: orNull(text),
  pinyin: text,
  initials: text,
  /** a place's name as English writes it (平阳县 → Pingyang County), for the English interface */
  romanized: v.optional(text),
}))
export type LookupEntry = v.InferOutput<typeof LookupSchema>[number]
