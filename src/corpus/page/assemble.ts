// Stage: drafts → the records of the contract (Issue, Article), with stable ids and source line ranges,
// and the lines of the page that ended up nowhere.
import type { Article, Issue, IssueDate, Masthead, PageBlock, PageLayout } from '../../shared/corpus-schema'
import type { TitledDraft } from './attach-headlines'
import { draftLines } from './article-draft'
import { classifyKind } from './kinds'
import type { PlaceInference } from './issue-place'
import type { Reflowed } from './reflow-paragraphs'
import type { NormalLine } from './normalize-text'
import { maxOf, minOf } from '../lib/collections'
import { unitToday } from '../lexicon/gazetteer'

export interface PageFacts {
  issueId: string
  source: string
  layout: PageLayout
  place: PlaceInference
  paper: string | null
  page: number | null
  section: string | null
  date: IssueDate
  masthead: Masthead | null
  blocks: PageBlock[]
}

/** `reflowed[i]` is drafts[i]'s body reflowed (the pipeline reflows once, for dates and places and for this). */
export function assemblePage(facts: PageFacts, drafts: TitledDraft[], reflowed: Reflowed[], unmatched: NormalLine[]): { issue: Issue; articles: Article[] } {
  const articles = drafts.map((d, i): Article => {
    const text = reflowed[i]!
    const titleNos = d.titles.map((l) => l.no)
    const core = draftLines(d).filter((n) => !titleNos.includes(n))
    const coreFirst = minOf(core)
    const first = minOf([...(core.length ? core : titleNos), ...titleNos.filter((n) => !core.length || n < coreFirst)])
    const last = maxOf(core.length ? core : titleNos)
    const marked = d.kicker ? { headline: unlabelled(d.headline), marks: null } : headlineMarks(unlabelled(d.headline))
    return {
      id: `${facts.issueId}-a${String(i + 1).padStart(2, '0')}`,
      issueId: facts.issueId,
      kind: classifyKind(d, text),
      headline: marked.headline,
      kicker: unlabelled(d.kicker) ?? marked.marks,
      subheadline: unlabelled(d.subheadline),
      byline: d.byline,
      summary: d.summary.length ? d.summary.slice(1).map((l) => l.text).join('') : null,
      paragraphs: text.paragraphs,
      sections: text.sections,
      tables: text.tables,
      toPage: d.toPage,
      ...(d.fromPage ? { fromPage: d.fromPage } : {}),
      source: { file: facts.source, lines: [first, last], headlineLines: titleNos },
    }
  })
  const blocks: PageBlock[] = [
    ...facts.blocks,
    ...unmatched.map((l): PageBlock => ({ kind: 'other', lines: [l.no, l.no], text: [l.raw.trim()] })),
  ]
  const issue: Issue = {
    id: facts.issueId,
    source: facts.source,
    place: facts.place.place,
    placeBasis: facts.place.basis,
    placeEvidence: facts.place.evidence,
    ...(facts.place.code ? { placeCode: facts.place.code } : {}),
    ...placeToday(facts.place),
    paper: facts.paper,
    page: facts.page,
    section: facts.section,
    date: facts.date,
    masthead: facts.masthead,
    layout: facts.layout,
    blocks,
    articleIds: articles.map((a) => a.id),
  }
  return { issue, articles }
}

/**
 * A web copy's marks in front of a headline: [图] (the article has a photo) and 【栏目】 (its column). They go to the
 * kicker as printed, where the article prints none (kicker and headline together are the line as printed); the
 * headline is what follows.
 */
export function headlineMarks(headline: string | null): { headline: string | null; marks: string | null } {
  const m = headline?.match(/^(\s*(?:[[［](?:图|图片|视频|组图)[\]］]\s*)*(?:【[^【】]{1,12}】)?\s*(?:[[［](?:图|图片|视频|组图)[\]］]\s*)*)(.+)$/)
  if (!m || !headline || !m[1]!.trim()) return { headline, marks: null }
  return { headline: m[2]!.trim(), marks: m[1]!.trim() }
}

/** 引题：… 主题：… 副题：…: a CMS's labels of the headline's parts, which the source lines keep; the parts are what follows. */
function unlabelled(title: string | null): string | null {
  return title?.replace(/^\s*(?:引题|肩题|眉题|主题|标题|主标题|副题|副标题)\s*[:：]\s*(?=\S)/, '') ?? null
}

/** 子长县 of 2014 is 子长市 today: the name a reader knows the place by now, where it has changed. */
function placeToday(place: PlaceInference): { placeNow?: string } {
  const now = place.code ? unitToday(place.code) : null
  return now && now.name !== place.place ? { placeNow: now.name } : {}
}

/** Non-blank input lines that no article and no block holds: should be none. */
export function unplacedLines(all: NormalLine[], drafts: TitledDraft[], blocks: PageBlock[], unmatched: NormalLine[]): number[] {
  const placed = new Set<number>(drafts.flatMap(draftLines))
  for (const b of blocks) for (let n = b.lines[0]; n <= b.lines[1]; n++) placed.add(n)
  for (const l of unmatched) placed.add(l.no)
  return all.filter((l) => l.text && !placed.has(l.no)).map((l) => l.no)
}
