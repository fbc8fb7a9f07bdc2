// The built corpus checked against the contract before anything is written (a failure is a builder bug, and the
// build stops with exit 2): every record against its schema (src/shared/corpus-schema.ts), and the links between
// pages, articles and facts, which the schema of one record cannot see.
import type * as v from 'valibot'
import { type Article, ArticleSchema, COLLECTIONS, CorrectionRecordSchema, type Issue, schemaErrors } from '../../shared/corpus-schema'
import type { CorpusFactsResult } from '../facts/facts'

/** One article against its schema. */
export const articleErrors = (a: Article): string[] => schemaErrors(ArticleSchema, a).map((e) => `article ${a.id}: ${e}`)

/** Every page and fact against its schema, and every id a record points to against the records there are. */
export function corpusErrors(issues: readonly Issue[], articles: readonly { id: string; issueId: string }[], facts: CorpusFactsResult): string[] {
  const errors: string[] = []
  const issueIds = new Set<string>()
  for (const issue of issues) {
    const at = `issue ${issue.id} (${issue.source})`
    if (issueIds.has(issue.id)) errors.push(`${at}: duplicate id`)
    issueIds.add(issue.id)
    for (const e of schemaErrors(COLLECTIONS.issues.record, issue)) errors.push(`${at}: ${e}`)
  }
  const articleIds = new Set<string>()
  for (const a of articles) {
    if (articleIds.has(a.id)) errors.push(`article ${a.id}: duplicate id`)
    articleIds.add(a.id)
    if (!issueIds.has(a.issueId)) errors.push(`article ${a.id}: unknown issue ${a.issueId}`)
  }
  for (const issue of issues) {
    for (const id of issue.articleIds) if (!articleIds.has(id)) errors.push(`issue ${issue.id}: lists unknown article ${id}`)
  }
  const check = <T>(what: string, schema: v.GenericSchema, list: readonly T[], idOf: (r: T) => string, articlesOf: (r: T) => readonly string[]) => {
    for (const record of list) {
      const at = `${what} ${idOf(record)}`
      for (const e of schemaErrors(schema, record)) errors.push(`${at}: ${e}`)
      for (const id of articlesOf(record)) if (!articleIds.has(id)) errors.push(`${at} points to unknown article ${id}`)
    }
  }
  check('person', COLLECTIONS.people.record, facts.people, (p) => p.id, (p) => p.articleIds)
  check('meeting', COLLECTIONS.meetings.record, facts.meetings, (m) => m.id, (m) => [m.articleId])
  check('appointment of', COLLECTIONS.appointments.record, facts.appointments, (a) => a.name, (a) => [a.articleId])
  check('figure', COLLECTIONS.figures.record, facts.figures, (f) => f.id, (f) => [f.articleId])
  check('office', COLLECTIONS.offices.record, facts.offices, (o) => o.id, (o) => o.holders.flatMap((h) => h.articleIds))
  for (const c of facts.corrections) for (const e of schemaErrors(CorrectionRecordSchema, c)) errors.push(`correction of line ${c.line}: ${e}`)
  return errors
}
