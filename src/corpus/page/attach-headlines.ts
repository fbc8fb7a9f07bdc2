// Stage: give each article its headline lines. Headlines printed after their article's body, or gathered at
// the end of a page, are matched back by content; then each article's title lines are split into kicker,
// headline and subheadline.
import { bigrams, containment } from '../lib/text-similarity'
import type { ArticleDraft, TitleRole } from './article-draft'
import { clauseMarks, endsParagraph, visibleLength } from './line-roles'
import type { NormalLine } from './normalize-text'
import type { Segmented } from './segment-articles'
import { maxOf } from '../lib/collections'

export interface TitledDraft extends ArticleDraft {
  kicker: string | null
  headline: string | null
  subheadline: string | null
}

export interface Attached {
  drafts: TitledDraft[]
  /** headline-like lines that match no article */
  unmatched: NormalLine[]
}

/** Below this share of shared bigrams a headline is not about an article. */
const MIN_MATCH = 0.3
/** A headline moves to the article before it only when it fits that one clearly better. */
const MARGIN = 0.15
/** Title lines whose match to the article differs by less than this match it equally well. */
const CLOSE = 0.15

export function attachHeadlines({ drafts, orphanTitles }: Segmented): Attached {
  const text = new Map(drafts.map((d) => [d, bigrams(d.body.map((p) => p.text).join(''))]))
  const orphans = orphanTitles.map((run) => [...run])
  const canHaveTitles = (d: ArticleDraft) => d.kindHint !== 'ad' && d.kindHint !== 'teaser' && d.kindHint !== 'notice'

  // A lone short sentence under headline lines, with no byline, is a photo caption: the lines are not its own.
  for (const d of drafts) {
    if (d.titles.length && isCaption(d)) {
      orphans.push(d.titles)
      d.titles = []
      d.kindHint = 'photo'
    }
  }
  // Headlines in front of an article belong to it, unless they describe the untitled article before it.
  drafts.forEach((d, i) => {
    const prev = drafts[i - 1]
    if (!d.titles.length || d.titleRoles || !canHaveTitles(d) || !prev || prev.titles.length || !canHaveTitles(prev) || isCaption(prev)) return
    const joined = d.titles.map((l) => l.text).join('')
    if (containment(joined, text.get(prev)!) > containment(joined, text.get(d)!) + MARGIN) {
      prev.titles = d.titles
      d.titles = []
    }
  })
  // Headline lines that no article claimed by position: each to the untitled article it describes best.
  const untitled = drafts.filter((d) => !d.titles.length && canHaveTitles(d) && !isCaption(d))
  const unmatched: NormalLine[] = []
  const claimed = new Map<ArticleDraft, NormalLine[]>()
  for (const line of orphans.flat()) {
    let best: ArticleDraft | null = null
    let score = MIN_MATCH
    for (const d of untitled) {
      const s = containment(line.text, text.get(d)!)
      if (s > score) [best, score] = [d, s]
    }
    if (best) claimed.set(best, [...(claimed.get(best) ?? []), line])
    else unmatched.push(line)
  }
  for (const [d, lines] of claimed) d.titles = lines

  return { drafts: drafts.map((d) => ({ ...d, ...splitTitles(d, text.get(d)!) })), unmatched }
}

function isCaption(d: ArticleDraft): boolean {
  return !d.lead && !d.byline.reporters.length && !d.byline.correspondents.length && d.body.length === 1 &&
    visibleLength(d.body[0]!.text) <= 50 && endsParagraph(d.body[0]!.text) && d.kindHint !== 'ad'
}

/** Kicker above, headline, subheadline below: the headline is the line that says most of what the article says. */
function splitTitles(d: ArticleDraft, body: Set<string>): Pick<TitledDraft, 'kicker' | 'headline' | 'subheadline'> {
  const lines = mergeCouplets(d.titles.map((l) => l.text))
  if (d.kindHint === 'photo' && !lines.length && d.body.length === 1) {
    return { kicker: null, headline: d.body[0]!.text, subheadline: null }
  }
  if (!lines.length) return { kicker: null, headline: null, subheadline: null }
  const roles: TitleRole[] = d.titleRoles && d.titleRoles.length === lines.length ? d.titleRoles : (labelledRoles(lines) ?? guessRoles(lines, d, body))
  const pick = (role: TitleRole) => joinTitleLines(lines.filter((_, i) => roles[i] === role)) || null
  return { kicker: pick('kicker'), headline: pick('headline'), subheadline: pick('subheadline') }
}

/** 引题：… 主题：… 副题：…: the roles a CMS printed before each part, when it labelled every one. */
const LABEL_ROLE: [RegExp, TitleRole][] = [[/^(?:引题|肩题|眉题)\s*[:：]/, 'kicker'], [/^(?:主题|标题|主标题)\s*[:：]/, 'headline'], [/^(?:副题|副标题)\s*[:：]/, 'subheadline']]
function labelledRoles(lines: string[]): TitleRole[] | null {
  const roles = lines.map((l) => LABEL_ROLE.find(([re]) => re.test(l.trim()))?.[1])
  return roles.every(Boolean) && roles.includes('headline') ? (roles as TitleRole[]) : null
}

function guessRoles(lines: string[], d: ArticleDraft, body: Set<string>): TitleRole[] {
  // a kicker ends with a dash run: "……提供坚强保障———"
  const lastKicker = lines.findLastIndex((l) => /——$/.test(l))
  let main: number
  if (d.kindHint === 'teaser' || !body.size) main = lines.length - 1
  else {
    // Of the lines that say about as much of the article as the best one, the main title is the first that
    // reads as one statement; lines of phrases set apart by spaces (拼干劲 亮实绩 赛进度) are kickers or decks.
    const scores = lines.map((l, i) => (i <= lastKicker ? -1 : containment(l, body)))
    const best = maxOf(scores)
    const close = lines.map((_, i) => i).filter((i) => scores[i]! >= best - CLOSE && !isDeck(lines[i]!))
    main = close.find((i) => !lines[i]!.includes(' ')) ?? close[0] ?? lastKicker + 1
  }
  return lines.map((_, i) => (i < main ? 'kicker' : i === main ? 'headline' : 'subheadline'))
}

/** A deck of who did what: "董智武主持 许益伟曾上俊周基斌参加" is printed under a headline, never as one. */
const DECK_PART = /^[\u4e00-\u9fff、]{2,16}(主持|出席|参加|讲话|陪同|致辞|作报告)$/
export const isDeck = (line: string) => line.split(' ').every((part) => DECK_PART.test(part))

/** Two short lines of equal length are one headline printed as a couplet: 砥砺奋进扬清风 / 忠诚担当谱新篇. */
function mergeCouplets(lines: string[]): string[] {
  const out: string[] = []
  for (const l of lines) {
    const prev = out.at(-1)
    if (prev && !prev.includes(' ') && visibleLength(prev) <= 10 && visibleLength(prev) === visibleLength(l)) out[out.length - 1] = `${prev} ${l}`
    else out.push(l)
  }
  return out
}

/** Title lines of one role: prose broken across lines joins without a space, separate phrases with one. */
function joinTitleLines(lines: string[]): string {
  return lines.reduce((acc, l) => (!acc ? l : clauseMarks(acc) || clauseMarks(l) ? acc + l : `${acc} ${l}`), '')
}
