// The shape shared by the segmenting stages: an article as lines, before its text is reflowed.
import type { Byline } from '../../shared/corpus-schema'
import { emptyByline } from './bylines'
import type { NormalLine } from './normalize-text'

export interface BodyPiece {
  no: number
  text: string
  /** an in-article section head (## …, or a short bold line between paragraphs) */
  section?: boolean
  /** the line must end its paragraph (a markdown hard break, or a line of a notice's signature) */
  hardBreak?: boolean
  /** a table row, kept as cells */
  cells?: string[]
}

export type TitleRole = 'kicker' | 'headline' | 'subheadline'

export interface ArticleDraft {
  /** headline lines in print order; split into kicker/headline/subheadline later */
  titles: NormalLine[]
  /** when the layout says which title line is which (markdown # / ##), parallel to titles */
  titleRoles?: TitleRole[]
  byline: Byline
  /** line numbers of bylines, credits and markers that belong to the article */
  metaLines: number[]
  /** opened with 本报讯: a news report */
  lead: boolean
  summary: NormalLine[]
  body: BodyPiece[]
  toPage: number | null
  /** the page it was begun on (上接第一版) */
  fromPage?: number | null
  kindHint: 'teaser' | 'ad' | 'photo' | 'notice' | null
  /** no more body lines may join it (a credit or a continuation marker ended it) */
  closed: boolean
}

export function newDraft(titles: NormalLine[] = []): ArticleDraft {
  return { titles, byline: emptyByline(), metaLines: [], lead: false, summary: [], body: [], toPage: null, kindHint: null, closed: false }
}

/** A photo item: its caption and its photographers, with no headline. */
export function photoDraft(line: NormalLine, caption: string, photographers: string[]): ArticleDraft {
  const d = newDraft()
  d.kindHint = 'photo'
  d.body.push({ no: line.no, text: caption })
  d.byline.photographers.push(...photographers)
  d.closed = true
  return d
}

/** A byline line, or a 本报讯（…） lead with the text after it, into the draft it belongs to. */
export function takeByline(d: ArticleDraft, role: { kind: 'lead' | 'byline'; byline: Byline; rest?: string }, no: number): void {
  addNames(d.byline, role.byline)
  d.metaLines.push(no)
  if (role.kind === 'lead') {
    d.lead = true
    if (role.rest) d.body.push({ no, text: role.rest })
  }
}

export function addNames(into: Byline, from: Byline): void {
  for (const key of ['reporters', 'correspondents', 'photographers'] as const) {
    for (const name of from[key]) if (!into[key].includes(name)) into[key].push(name)
  }
}

/** A column of briefs printed under one heading (简讯, 要闻简报, 新闻快讯): kept whole, as newspaper databases keep it. */
const BRIEF_COLUMN = /^[\u4e00-\u9fff]{0,6}(?:简讯|简报|快讯|短讯|速递|速览|集萃|集锦)$/
export const isBriefColumn = (d: ArticleDraft) => d.titles.length > 0 && BRIEF_COLUMN.test(d.titles.at(-1)!.text.trim())

/** Every line number a draft holds. */
export function draftLines(d: ArticleDraft): number[] {
  return [...d.titles.map((l) => l.no), ...d.summary.map((l) => l.no), ...d.body.map((p) => p.no), ...d.metaLines]
}
