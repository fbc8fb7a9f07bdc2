// THE contract (../shared/CORPUS.md and the README's extensions): its values as constants, the types derived
// from them. The builder's writer and validator and the app's corpus client all read these, so a collection or
// a kind is named in one place.
export const CORPUS_VERSION = 1 as const

export const ARTICLE_KINDS = ['news', 'feature', 'notice', 'photo', 'teaser', 'ad', 'other'] as const
export const DATE_BASES = ['metadata', 'masthead', 'content', 'unknown'] as const
/** How a page's place is known: as a date is, or from the paper registry (papers.yaml) or the paper's other pages. */
export const PLACE_BASES = [...DATE_BASES, 'paper'] as const
export const MEETING_DATE_BASES = ['explicit', 'relative', 'inferred'] as const
export const APPOINTMENT_ACTIONS = ['appoint', 'remove', 'resign', 'elect'] as const

/**
 * The collection files beside the manifest and the article shards, each with the fields every record must
 * carry (what the app's client checks as it loads them).
 */
export const COLLECTIONS = {
  issues: { file: 'issues.json', required: ['id', 'source', 'date', 'articleIds'] },
  people: { file: 'people.json', required: ['id', 'name', 'roles', 'articleIds'] },
  meetings: { file: 'meetings.json', required: ['id', 'name', 'date', 'articleId'] },
  appointments: { file: 'appointments.json', required: ['name', 'action', 'title', 'articleId'] },
  figures: { file: 'figures.json', required: ['id', 'value', 'unit', 'articleId'] },
  offices: { file: 'offices.json', required: ['id', 'place', 'title', 'holders'] },
} as const
export type CollectionName = keyof typeof COLLECTIONS
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[]

export type ISODate = string // "YYYY-MM-DD"

type DateBasis = (typeof DATE_BASES)[number]

export interface IssueDate {
  value: ISODate | null
  earliest: ISODate | null
  latest: ISODate | null
  basis: DateBasis
  evidence: string[]
}

export interface Masthead {
  publisher: string | null
  issueNumber: number | null
  pages: number | null
  weekday: string | null
  lunarDate: string | null
  hotline: string | null
}

/** Lines that are not part of any article, kept so that nothing of the page is lost. */
export interface PageBlock {
  kind: 'front-matter' | 'masthead' | 'page-header' | 'furniture' | 'caption' | 'other'
  lines: [number, number]
  text: string[]
}

export interface Issue {
  id: string
  source: string
  place: string | null
  placeBasis: (typeof PLACE_BASES)[number]
  placeEvidence: string[]
  /** an extension: the gazetteer code of the unit the place named in the page's year (子长县 610623 in 2014) */
  placeCode?: string
  /** an extension: what that unit is called today, where it is no longer (子长县 of 2014 is 子长市 since 2019) */
  placeNow?: string
  /** an extension: corrections of its date or place, each with what the page had */
  corrections?: AppliedCorrection[]
  paper: string | null
  page: number | null
  section?: string | null
  date: IssueDate
  masthead: Masthead | null
  layout: PageLayout
  blocks: PageBlock[]
  articleIds: string[]
}

export type PageLayout = 'markdown' | 'paragraphs' | 'columns'

export type ArticleKind = (typeof ARTICLE_KINDS)[number]

export interface Byline {
  reporters: string[]
  correspondents: string[]
  photographers: string[]
  /** 编辑：… of a web copy: people of the page who did not write it (an extension of CORPUS.md) */
  editors?: string[]
}

export interface Article {
  id: string
  issueId: string
  kind: ArticleKind
  headline: string | null
  kicker: string | null
  subheadline: string | null
  byline: Byline
  /** A 阅读提示 box or similar summary printed with the article. */
  summary: string | null
  paragraphs: string[]
  sections: { heading: string; startParagraph: number }[]
  /** indicator tables printed as text, kept as rows of cells; `atParagraph` paragraphs come before each */
  tables: { atParagraph: number; rows: string[][] }[]
  toPage: number | null
  /** the page it was begun on: 上接第一版 (an extension of CORPUS.md) */
  fromPage?: number
  source: { file: string; lines: [number, number]; headlineLines: number[] }
}

/** Where a claim was read: the article and the sentence, so a reader can check it. */
interface Evidence {
  articleId: string
  sentence: string
}

export interface Role {
  title: string
  place: string | null
  org?: string | null
  articleIds: string[]
  firstDate: ISODate | null
  lastDate: ISODate | null
  evidence: Evidence[]
}

export interface Person {
  id: string
  name: string
  /** official: has a title or stands in a list of leaders; journalist: in bylines and credits */
  kind: 'official' | 'journalist' | 'person'
  /** the prefecture city whose pages name this person; null for national leaders */
  region: string | null
  roles: Role[]
  articleIds: string[]
  /** an extension: the historian's corrections that changed this record, each with what the corpus had */
  corrections?: AppliedCorrection[]
}

/** A correction of data/corrections.yaml as applied to a record: what it was, what it is, where it is written. */
export interface AppliedCorrection {
  kind: 'merge' | 'split' | 'title' | 'page' | 'boundary' | 'meeting' | 'figure' | 'appointment'
  /** the entry's line in the corrections file */
  line: number
  original: string
  corrected: string
  note: string | null
}

/** Every entry of the corrections file and what became of it (corrections.json, corpus-report.json). */
export interface CorrectionRecord extends AppliedCorrection {
  target: string
  status: 'applied' | 'unmatched'
}

export interface Meeting {
  id: string
  name: string
  /** 届 and 次 as numbers, for ordering: 县十七届人大常委会第二十二次会议 → 17, 22 */
  session: { term: number | null; number: number | null }
  /** held: the page reports it (召开, 举行); referenced: only cited (传达…会议精神) */
  status: 'held' | 'referenced'
  date: { value: ISODate | null; basis: (typeof MEETING_DATE_BASES)[number]; text: string }
  place: string | null
  chair: string[]
  speakers: string[]
  attendees: string[]
  articleId: string
  sentence: string
  /** an extension: the historian's corrections of this record, each with what it was */
  corrections?: AppliedCorrection[]
}

export interface Appointment {
  name: string
  action: (typeof APPOINTMENT_ACTIONS)[number]
  title: string
  org: string | null
  date: ISODate | null
  articleId: string
  sentence: string
  corrections?: AppliedCorrection[]
}

export interface Figure {
  id: string
  articleId: string
  raw: string
  value: number
  unit: string
  qualifier: string | null
  label: string
  year: number | null
  sentence: string
  corrections?: AppliedCorrection[]
}

export interface Office {
  id: string
  place: string
  title: string
  holders: { personId: string; name: string; firstDate: ISODate | null; lastDate: ISODate | null; articleIds: string[] }[]
}

/**
 * An extension: what the reader needs of the manifest, in `reader.json` beside it — everything but the list of
 * article shards, which grows with the archive while every view reads this file first.
 */
export type ReaderManifest = Omit<Manifest, 'articleShards'>

export interface Manifest {
  schemaVersion: typeof CORPUS_VERSION
  generatedAt: string
  /** A hash of every corpus file's content: ties the files of one build together. */
  corpusVersion: string
  counts: Record<CollectionName | 'articles', number>
  articleShards: string[]
  /** An extension of CORPUS.md: the search index exported at build time (src/shared/search/index-files.ts). */
  search?: SearchFiles
  /** An extension of CORPUS.md: the folder of the files cut for the reader's views (src/shared/views.ts). */
  views?: string
  /** An extension: how many entries of the corrections file were applied and how many match nothing (corrections.json). */
  corrections?: { applied: number; unmatched: number }
}

/**
 * The search index of a corpus, built with it (src/shared/search/chunked/format.ts); absent, the app builds an
 * index itself. `file` is the index's meta file, in a folder named by the hash of the index's files: the terms'
 * chunks, the blocks of common terms, the fragments shown with results and the dates are beside it, and a query
 * fetches only the ones it needs.
 */
export interface SearchFiles {
  file: string
  format: 'term-chunks-2'
  /** the documents the index numbers, newest first: one per article */
  docs: number
}

/** The record type each collection holds. */
export interface CollectionRecords {
  issues: Issue
  people: Person
  meetings: Meeting
  appointments: Appointment
  figures: Figure
  offices: Office
}

/** `corrections`: an extension, what each entry of the corrections file did (corrections.json) */
export type Corpus = { [K in CollectionName]: CollectionRecords[K][] } & { articles: Article[]; corrections: CorrectionRecord[] }
