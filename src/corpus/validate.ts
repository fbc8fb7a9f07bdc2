// Checks the built corpus against the contract before anything is written: a failure here is a builder bug.
import { APPOINTMENT_ACTIONS, ARTICLE_KINDS, type Article, type Corpus, DATE_BASES, type Issue, MEETING_DATE_BASES, PLACE_BASES } from '../shared/corpus-schema'

const ISO = /^\d{4}-\d{2}-\d{2}$/
const oneOf = (list: readonly string[], v: string) => list.includes(v)

/** One article's fields. */
export const articleErrors = (a: Article): string[] => checkArticle(a).map((e) => `article ${a.id}: ${e}`)

/** The pages, and the links between pages, articles and facts: what can be checked without the articles' texts. */
export function validateLinks(issues: readonly Issue[], articles: readonly { id: string; issueId: string }[], facts: Pick<Corpus, 'meetings' | 'appointments' | 'figures' | 'people'>): string[] {
  const errors: string[] = []
  const articleIds = new Set<string>()
  const issueIds = new Set<string>()
  for (const issue of issues) {
    const at = `issue ${issue.id} (${issue.source})`
    if (issueIds.has(issue.id)) errors.push(`${at}: duplicate id`)
    issueIds.add(issue.id)
    errors.push(...checkIssue(issue).map((e) => `${at}: ${e}`))
  }
  for (const a of articles) {
    const at = `article ${a.id}`
    if (articleIds.has(a.id)) errors.push(`${at}: duplicate id`)
    articleIds.add(a.id)
    if (!issueIds.has(a.issueId)) errors.push(`${at}: unknown issue ${a.issueId}`)
  }
  for (const issue of issues) {
    for (const id of issue.articleIds) if (!articleIds.has(id)) errors.push(`issue ${issue.id}: lists unknown article ${id}`)
  }
  const refs: [string, { articleId: string }[]][] = [['meeting', facts.meetings], ['appointment', facts.appointments], ['figure', facts.figures]]
  for (const [what, list] of refs) {
    for (const r of list) if (!articleIds.has(r.articleId)) errors.push(`${what} points to unknown article ${r.articleId}`)
  }
  for (const m of facts.meetings) if (!oneOf(MEETING_DATE_BASES, m.date.basis)) errors.push(`meeting ${m.id}: date.basis "${m.date.basis}"`)
  for (const a of facts.appointments) if (!oneOf(APPOINTMENT_ACTIONS, a.action)) errors.push(`appointment of ${a.name}: action "${a.action}"`)
  for (const p of facts.people) {
    for (const id of p.articleIds) if (!articleIds.has(id)) errors.push(`person ${p.id} points to unknown article ${id}`)
  }
  return errors
}

function checkIssue(issue: Issue): string[] {
  const errors: string[] = []
  const d = issue.date
  for (const [k, v] of [['value', d.value], ['earliest', d.earliest], ['latest', d.latest]] as const) {
    if (v !== null && !ISO.test(v)) errors.push(`date.${k} "${v}" is not YYYY-MM-DD`)
  }
  if (d.earliest && d.latest && d.earliest > d.latest) errors.push('date range ends before it starts')
  if (d.value && d.earliest && d.latest && (d.value < d.earliest || d.value > d.latest)) errors.push('date.value lies outside its range')
  if (!oneOf(DATE_BASES, d.basis)) errors.push(`date.basis "${d.basis}"`)
  if (!oneOf(PLACE_BASES, issue.placeBasis)) errors.push(`placeBasis "${issue.placeBasis}"`)
  if (issue.page !== null && !(Number.isInteger(issue.page) && issue.page > 0)) errors.push(`page "${issue.page}"`)
  return errors
}

function checkArticle(a: Article): string[] {
  const errors: string[] = []
  if (!oneOf(ARTICLE_KINDS, a.kind)) errors.push(`kind "${a.kind}"`)
  if (!Array.isArray(a.paragraphs) || a.paragraphs.some((p) => typeof p !== 'string' || !p)) errors.push('paragraphs must be non-empty strings')
  for (const s of a.sections) if (s.startParagraph < 0 || s.startParagraph > a.paragraphs.length) errors.push(`section "${s.heading}" starts outside the article`)
  const [from, to] = a.source.lines
  if (!(from >= 1 && to >= from)) errors.push(`source lines ${from}-${to}`)
  for (const k of ['reporters', 'correspondents', 'photographers'] as const) if (!Array.isArray(a.byline[k])) errors.push(`byline.${k}`)
  return errors
}
