// THE contract (../shared/CORPUS.md and the README's extensions) as schemas (valibot): the builder checks every
// record against them before it writes it, the app checks every file against them as it reads it, and the types
// both sides use are derived from them, so a field is named in one place. The manifest is in corpus-manifest.ts.
import * as v from 'valibot'

export const ARTICLE_KINDS = ['news', 'feature', 'notice', 'photo', 'teaser', 'ad', 'other'] as const
const DATE_BASES = ['metadata', 'masthead', 'content', 'unknown'] as const
/** How a page's place is known: as a date is, or from the paper registry (papers.yaml) or the paper's other pages. */
const PLACE_BASES = [...DATE_BASES, 'paper'] as const
const MEETING_DATE_BASES = ['explicit', 'relative', 'inferred'] as const
export const APPOINTMENT_ACTIONS = ['appoint', 'remove', 'resign', 'elect'] as const
const CORRECTION_KINDS = ['merge', 'split', 'title', 'page', 'boundary', 'text', 'meeting', 'figure', 'appointment'] as const

const text = v.string()
const orNull = <S extends v.GenericSchema>(s: S) => v.nullable(s)
/** "YYYY-MM-DD" */
export const IsoDateSchema = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD'))
export type ISODate = v.InferOutput<typeof IsoDateSchema>
const count = v.pipe(v.number(), v.integer(), v.minValue(0))
const lineSpan = v.pipe(v.tuple([v.number(), v.number()]), v.check(([from, to]) => from >= 1 && to >= from, 'lines run from 1 forwards'))

export const IssueDateSchema = v.pipe(
  v.object({ value: orNull(IsoDateSchema), earliest: orNull(IsoDateSchema), latest: orNull(IsoDateSchema), basis: v.picklist(DATE_BASES), evidence: v.array(text) }),
  v.check((d) => !(d.earliest && d.latest && d.earliest > d.latest), 'the date range ends before it starts'),
  v.check((d) => !(d.value && d.earliest && d.latest && (d.value < d.earliest || d.value > d.latest)), 'date.value lies outside its range'),
)
export type IssueDate = v.InferOutput<typeof IssueDateSchema>

const MastheadSchema = v.object({
  publisher: orNull(text), issueNumber: orNull(v.number()), pages: orNull(v.number()), weekday: orNull(text), lunarDate: orNull(text), hotline: orNull(text),
})
export type Masthead = v.InferOutput<typeof MastheadSchema>

/** Lines that are not part of any article, kept so that nothing of the page is lost. */
const PageBlockSchema = v.object({
  kind: v.picklist(['front-matter', 'masthead', 'page-header', 'furniture', 'caption', 'other']),
  lines: lineSpan,
  text: v.array(text),
})
export type PageBlock = v.InferOutput<typeof PageBlockSchema>

/** A correction of data/corrections.yaml as applied to a record: what it was, what it is, where it is written. */
const AppliedCorrectionSchema = v.object({
  kind: v.picklist(CORRECTION_KINDS),
  /** the entry's line in the corrections file */
  line: v.number(),
  original: text,
  corrected: text,
  note: orNull(text),
})
export type AppliedCorrection = v.InferOutput<typeof AppliedCorrectionSchema>
/** an extension: the historian's corrections that changed a record, each with what the corpus had */
const corrections = v.optional(v.array(AppliedCorrectionSchema))

/** Every entry of the corrections file and what became of it (corrections.json, corpus-report.json). */
export const CorrectionRecordSchema = v.object({ ...AppliedCorrectionSchema.entries, target: text, status: v.picklist(['applied', 'unmatched']) })
export type CorrectionRecord = v.InferOutput<typeof CorrectionRecordSchema>

const PAGE_LAYOUTS = ['markdown', 'paragraphs', 'columns'] as const
export type PageLayout = (typeof PAGE_LAYOUTS)[number]

export const IssueSchema = v.object({
  id: text,
  source: text,
  place: orNull(text),
  placeBasis: v.picklist(PLACE_BASES),
  placeEvidence: v.array(text),
  /** an extension: the gazetteer code of the unit the place named in the page's year (子长县 610623 in 2014) */
  placeCode: v.optional(text),
  /** an extension: what that unit is called today, where it is no longer (子长县 of 2014 is 子长市 since 2019) */
  placeNow: v.optional(text),
  /** an extension: corrections of its date or place, each with what the page had */
  corrections,
  paper: orNull(text),
  page: orNull(v.pipe(v.number(), v.integer(), v.minValue(1))),
  section: v.optional(orNull(text)),
  date: IssueDateSchema,
  masthead: orNull(MastheadSchema),
  layout: v.picklist(PAGE_LAYOUTS),
  blocks: v.array(PageBlockSchema),
  articleIds: v.array(text),
  /** an extension: a page read from a PDF as printed — its image (a corpus file) and its size in points */
  print: v.optional(v.object({ image: text, width: v.number(), height: v.number() })),
  /** an extension: a printed page put together from saved e-paper article pages — each page and the line it begins on */
  parts: v.optional(v.array(v.object({ file: text, fromLine: v.pipe(v.number(), v.integer(), v.minValue(1)) }))),
})
export type Issue = v.InferOutput<typeof IssueSchema>

export type ArticleKind = (typeof ARTICLE_KINDS)[number]

const BylineSchema = v.object({
  reporters: v.array(text),
  correspondents: v.array(text),
  photographers: v.array(text),
  /** 编辑：… of a web copy: people of the page who did not write it (an extension of CORPUS.md) */
  editors: v.optional(v.array(text)),
})
export type Byline = v.InferOutput<typeof BylineSchema>

export const ArticleSchema = v.pipe(
  v.object({
    id: text,
    issueId: text,
    kind: v.picklist(ARTICLE_KINDS),
    headline: orNull(text),
    kicker: orNull(text),
    subheadline: orNull(text),
    byline: BylineSchema,
    /** A 阅读提示 box or similar summary printed with the article. */
    summary: orNull(text),
    paragraphs: v.array(v.pipe(text, v.minLength(1, 'a paragraph is never empty'))),
    sections: v.array(v.object({ heading: text, startParagraph: count })),
    /** indicator tables printed as text, kept as rows of cells; `atParagraph` paragraphs come before each */
    tables: v.array(v.object({ atParagraph: count, rows: v.array(v.array(text)) })),
    toPage: orNull(v.number()),
    /** the page it was begun on: 上接第一版 (an extension of CORPUS.md) */
    fromPage: v.optional(v.number()),
    /** `box` (an extension): where a page read from a PDF prints it, in points from the top left: x, y, w, h */
    /** `part` (an extension): of a page put together from saved article pages, the one the article came from */
    /** `doubtful` (an extension): of a scan read by OCR, the article's lines read with little confidence (0–1), as read */
    source: v.object({
      file: text, lines: lineSpan, headlineLines: v.array(v.number()), box: v.optional(v.tuple([v.number(), v.number(), v.number(), v.number()])), part: v.optional(text),
      doubtful: v.optional(v.array(v.object({ text, confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)) }))),
    }),
  }),
  v.check((a) => a.sections.every((s) => s.startParagraph <= a.paragraphs.length), 'a section starts outside its article'),
)
export type Article = v.InferOutput<typeof ArticleSchema>

/** Where a claim was read: the article and the sentence, so a reader can check it. */
const EvidenceSchema = v.object({ articleId: text, sentence: text })

/**
 * Where a sighting's page is dated only to a range, the days its first and last sightings are certain by (an
 * extension of CORPUS.md): it was seen on or before `firstSeenBy` and on or after `lastSeenFrom`. Written only where
 * they differ from firstDate and lastDate, so "此前此后均见报" is said only where it is known.
 */
const SEEN_WITHIN = v.object({ firstSeenBy: v.optional(IsoDateSchema), lastSeenFrom: v.optional(IsoDateSchema) })

export const RoleSchema = v.object({
  title: text,
  place: orNull(text),
  org: v.optional(orNull(text)),
  articleIds: v.array(text),
  /** the first and last days it was held or seen: the outer bounds, a range-dated page counting its whole range */
  firstDate: orNull(IsoDateSchema),
  lastDate: orNull(IsoDateSchema),
  ...SEEN_WITHIN.entries,
  evidence: v.array(EvidenceSchema),
})
export type Role = v.InferOutput<typeof RoleSchema>

export const PERSON_KINDS = ['official', 'journalist', 'person'] as const
export const PersonSchema = v.object({
  id: text,
  name: text,
  /** official: has a title or stands in a list of leaders; journalist: in bylines and credits */
  kind: v.picklist(PERSON_KINDS),
  /** the prefecture city whose pages name this person; null for national leaders */
  region: orNull(text),
  roles: v.array(RoleSchema),
  articleIds: v.array(text),
  corrections,
})
export type Person = v.InferOutput<typeof PersonSchema>

export const MeetingSchema = v.object({
  id: text,
  name: text,
  /** 届 and 次 as numbers, for ordering: 县十七届人大常委会第二十二次会议 → 17, 22 */
  session: v.object({ term: orNull(v.number()), number: orNull(v.number()) }),
  /** held: the page reports it (召开, 举行); referenced: only cited (传达…会议精神) */
  status: v.picklist(['held', 'referenced']),
  /**
   * `value` the builder's best day; `earliest`/`latest` (an extension of CORPUS.md) where the day is not known
   * exactly: a relative day (昨天) on a page whose own date is a range spans that range, shifted
   */
  date: v.object({ value: orNull(IsoDateSchema), basis: v.picklist(MEETING_DATE_BASES), text, earliest: v.optional(IsoDateSchema), latest: v.optional(IsoDateSchema) }),
  place: orNull(text),
  chair: v.array(text),
  speakers: v.array(text),
  attendees: v.array(text),
  articleId: text,
  sentence: text,
  corrections,
})
export type Meeting = v.InferOutput<typeof MeetingSchema>

export const AppointmentSchema = v.object({
  name: text,
  action: v.picklist(APPOINTMENT_ACTIONS),
  title: text,
  /** the organ of the office (平阳县人民政府 of a 副县长) */
  org: orNull(text),
  /** the body that decided (平阳县人民代表大会常务委员会), where the text names it (an extension of CORPUS.md) */
  decidedBy: orNull(text),
  date: orNull(IsoDateSchema),
  articleId: text,
  sentence: text,
  corrections,
})
export type Appointment = v.InferOutput<typeof AppointmentSchema>

export const FigureSchema = v.object({
  id: text,
  articleId: text,
  raw: text,
  value: v.number(),
  unit: text,
  qualifier: orNull(text),
  label: text,
  year: orNull(v.number()),
  sentence: text,
  corrections,
})
export type Figure = v.InferOutput<typeof FigureSchema>

export const OfficeHolderSchema = v.object({ personId: text, name: text, firstDate: orNull(IsoDateSchema), lastDate: orNull(IsoDateSchema), ...SEEN_WITHIN.entries, articleIds: v.array(text) })
export const OfficeSchema = v.object({ id: text, place: text, title: text, holders: v.array(OfficeHolderSchema) })
export type Office = v.InferOutput<typeof OfficeSchema>

/** The collection files beside the manifest and the article shards, with the schema of each record. */
export const COLLECTIONS = {
  issues: { file: 'issues.json', record: IssueSchema },
  people: { file: 'people.json', record: PersonSchema },
  meetings: { file: 'meetings.json', record: MeetingSchema },
  appointments: { file: 'appointments.json', record: AppointmentSchema },
  figures: { file: 'figures.json', record: FigureSchema },
  offices: { file: 'offices.json', record: OfficeSchema },
} as const
export type CollectionName = keyof typeof COLLECTIONS
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[]
/** corrections.json: an extension, what each entry of the corrections file did */
export const CORRECTIONS_FILE = 'corrections.json'

/** The record type each collection holds. */
type CollectionRecords = { [K in CollectionName]: v.InferOutput<(typeof COLLECTIONS)[K]['record']> }

export type Corpus = { [K in CollectionName]: CollectionRecords[K][] } & { articles: Article[]; corrections: CorrectionRecord[] }

/**
 * What is wrong with a record, as lines naming the field (`date.value: …`), or none: the builder's check before
 * it writes a record (a failure is a builder bug) and the app's after it reads one.
 */
export function schemaErrors(schema: v.GenericSchema, value: unknown): string[] {
  const read = readBy(schema, value)
  return 'errors' in read ? read.errors : []
}

/** The value as the schema reads it (unknown keys left out), or what is wrong with it, a line per field. */
export function readBy<S extends v.GenericSchema>(schema: S, value: unknown): { output: v.InferOutput<S> } | { errors: string[] } {
  const result = v.safeParse(schema, value)
  if (result.success) return { output: result.output }
  return {
    errors: result.issues.map((issue) => {
      const path = v.getDotPath(issue)
      return path ? `${path}: ${issue.message}` : issue.message
    }),
  }
}
