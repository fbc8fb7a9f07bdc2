// Articles as search documents: the text a reader may look for, with what the filters need. The corpus builder
// indexes them in the term index (its fragments hold them but their people, which are filter terms); the worker
// makes them itself from the articles when a corpus has no index.
import type { Article, Issue, Person } from '../corpus-schema'
import { issueDay } from '../issue-day'
import { issuePreciseDate, type PreciseDate } from '../precise-date'

export interface SearchDoc {
  id: string
  /** all the searchable text, one part a line: kicker, headline, subheadline, byline, summary, paragraphs, table rows */
  text: string
  /** [start, end) of the paragraphs inside `text`, for snippets */
  body: [number, number]
  headline: string | null
  kind: string
  place: string | null
  /** the paper's name when the page gives it (平阳报), shown before the place */
  paper?: string | null
  /** YYYY-MM-DD, or YYYY-MM-DD of the range start */
  day: string | null
  /** the date as precisely as known: a day, a range, a month or a year */
  date: PreciseDate
  people: string[]
}

/** `people`: everyone, or a lookup of the names an article's people go by (the builder has one at hand). */
export function toSearchDocs(articles: readonly Article[], issues: readonly Issue[], people: readonly Person[] | ((articleId: string) => string[])): SearchDoc[] {
  const issueOf = new Map(issues.map((i) => [i.id, i]))
  let namesOf = people as (articleId: string) => string[]
  if (typeof people !== 'function') {
    const byArticle = new Map<string, string[]>()
    for (const p of people) for (const id of p.articleIds) (byArticle.get(id) ?? byArticle.set(id, []).get(id)!).push(p.name)
    namesOf = (id) => byArticle.get(id) ?? []
  }
  return articles.map((a) => {
    const issue = issueOf.get(a.issueId)
    const byline = [...a.byline.reporters, ...a.byline.correspondents, ...a.byline.photographers].join(' ')
    const head = [a.kicker, a.headline, a.subheadline, byline, a.summary].filter(Boolean).join('\n')
    const body = a.paragraphs.filter(Boolean).join('\n')
    const tables = a.tables.flatMap((t) => t.rows.map((r) => r.join(' '))).join('\n')
    const start = head && body ? head.length + 1 : head.length
    return {
      id: a.id,
      text: [head, body, tables].filter(Boolean).join('\n'),
      body: [start, start + body.length],
      headline: a.headline,
      kind: a.kind,
      place: issue?.place ?? null,
      paper: issue?.paper ?? null,
      day: issueDay(issue),
      date: issue ? issuePreciseDate(issue.date) : { precision: 'unknown', from: null, to: null, inferred: false },
      people: namesOf(a.id),
    }
  })
}
