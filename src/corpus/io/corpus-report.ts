// corpus-report.json, the build's own report beside the corpus: what was read, what failed, every diagnostic by
// rule, what became of each correction and each paper. A schema like every other file the builder writes, checked
// before it is written; the app does not read it.
import * as v from 'valibot'
import { CorrectionRecordSchema, schemaErrors } from '../../shared/corpus-schema'
import { DiagnosticSchema } from '../lib/diagnostics'
import { PaperSummarySchema } from '../papers/consensus'
import { CorpusWriteError } from './corpus-folder'

const CorpusReportSchema = v.object({
  input: v.string(),
  files: v.number(),
  /** pages built */
  built: v.number(),
  /** files that could not be read or built */
  failed: v.array(v.string()),
  /** lines of a page in no article and no block (none, when the builder keeps its promise) */
  unplacedLines: v.array(v.object({ file: v.string(), lines: v.array(v.number()) })),
  counts: v.object({ articles: v.number(), people: v.number() }),
  /** every diagnostic, grouped by its rule */
  diagnostics: v.record(v.string(), v.array(DiagnosticSchema)),
  corrections: v.array(CorrectionRecordSchema),
  papers: v.array(PaperSummarySchema),
})
export type CorpusReport = v.InferOutput<typeof CorpusReportSchema>

/** The report as its file holds it, once it is what its schema says. */
export function corpusReportJson(report: CorpusReport): string {
  const errors = schemaErrors(CorpusReportSchema, report)
  if (errors.length) throw new CorpusWriteError(`corpus-report.json breaks its schema (a builder bug): ${errors.slice(0, 3).join('; ')}`)
  return `${JSON.stringify(report, null, 1)}\n`
}
