// Diagnostics: bad data is reported, not thrown. A stage gets a Reporter bound to the file it reads.
import * as v from 'valibot'
import { byCodePoint } from './collections'

/** What corpus-report.json lists: a file, its line (0: the whole file), the rule, and whether it stops the build. */
export const DiagnosticSchema = v.object({ file: v.string(), line: v.number(), ruleId: v.string(), message: v.string(), fatal: v.boolean() })
export type Diagnostic = v.InferOutput<typeof DiagnosticSchema>

/** Every stage of the builder: pure and synchronous, its input typed, bad data reported rather than thrown. */
export type Stage<In, Out> = (input: In, report: Reporter) => Out

export interface Reporter {
  warn(ruleId: string, message: string, line?: number): void
  fail(ruleId: string, message: string, line?: number): void
}

/** Collects the diagnostics of one file. */
export function createReporter(file: string): Reporter & { diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = []
  const push = (fatal: boolean) => (ruleId: string, message: string, line = 0) =>
    diagnostics.push({ file, line, ruleId, message, fatal })
  return { diagnostics, warn: push(false), fail: push(true) }
}

/** A reporter that drops everything: for stages run in isolation (tests, benchmarks). */
export const silentReporter: Reporter = { warn() {}, fail() {} }

export function groupByRule(diagnostics: Diagnostic[]): Record<string, Diagnostic[]> {
  const groups: Record<string, Diagnostic[]> = {}
  for (const d of diagnostics) (groups[d.ruleId] ??= []).push(d)
  return Object.fromEntries(Object.entries(groups).sort(([a], [b]) => byCodePoint(a, b)))
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line > 0 ? `${d.file}:${d.line}` : d.file
  return `${where}: ${d.fatal ? 'error' : 'warning'} ${d.message} [${d.ruleId}]`
}
