// A build over page files of any number, in three passes that never hold every article at once:
//   1. every page built (or taken from the cache) in path order: its issue, a few fields of each article, its own
//      facts and diagnostics are kept; its articles are not;
//   2. people linked across the corpus, then every page's articles read again (from the cache) for the names
//      known by then and the meetings they report;
//   3. the files written page by page, newest first, then the collections and the views' lists.
// Memory grows with the pages and the facts, not with the articles' text.
import type { CorrectionRecord, Issue } from '../../shared/corpus-schema'
import type { Manifest } from '../../shared/corpus-manifest'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { pageFixesFor, CorrectionLog, correctPage, recordPageFixes, recordUnmatchedPages } from '../corrections/apply-corrections'
import type { Correction } from '../corrections/parse-corrections'
import { CorpusFacts } from '../facts/facts'
import { pushAll } from '../lib/collections'
import { createReporter, type Diagnostic } from '../lib/diagnostics'
import { issueIdFor } from '../lib/ids'
import { newestFirst } from '../../shared/issue-day'
import { type CorpusSink, writeCorpusFiles } from '../output'
import { articleOpenings, contentHash, duplicateDiagnostics } from '../pipeline'
import { articleErrors, corpusErrors } from './contract-check'
import { articleMeta, type ArticleMeta } from '../views/view-context'
import { PageCache } from './page-cache'
import { type PageSource, passAgain, passPages } from './page-passes'
import type { PagePart, PagePass, PrintedPage } from '../pipeline'
import { type Paper, paperOfPage } from '../papers/papers-file'
import { paperConsensus, type PaperSummary, paperSummaries } from '../papers/consensus'

export interface InputFile {
  /** relative to the input folder, with / separators */
  path: string
  /** a page read from a PDF: its print, and where its image is kept (written to the corpus under `print.image`) */
  print?: PrintedPage & { file: string }
  /** a page put together from saved e-paper article pages: each page and the line it begins on */
  parts?: readonly PagePart[]
}

/** The same pages with the same builder and build time: the previous build's output is this build's. */
export interface UpToDate {
  upToDate: true
  inputsKey: string
}

export interface Built {
  upToDate?: false
  /** a hash of the builder, the build time and every page's path, id and bytes */
  inputsKey: string
  /** null when the corpus broke the contract and nothing was written */
  manifest: Manifest | null
  issues: number
  failed: string[]
  unplaced: { file: string; lines: number[] }[]
  diagnostics: Diagnostic[]
  /** contract violations: a builder bug, and nothing may be written */
  errors: string[]
  /** seconds per pass */
  phases: Record<string, number>
  /** every entry of the corrections file, applied or matching nothing */
  corrections: CorrectionRecord[]
  /** one line per paper: its pages, county, years, pages not placed */
  papers: PaperSummary[]
}

export type Progress = (pass: string, done: number, total: number, unit?: string) => void

/**
 * `sink()` opens the output when there is something to write; `unchanged(inputsKey)` says whether the output
 * already holds the build of exactly these inputs (then nothing is built: a pure function of its inputs).
 */
export async function buildCorpus<F extends InputFile>(
  files: F[], read: (file: F) => Uint8Array | null, cache: PageCache, sink: () => CorpusSink, generatedAt: string, progress: Progress,
  unchanged: (inputsKey: string) => boolean = () => false,
  corrections: { list: readonly Correction[]; key: string } = { list: [], key: '' },
  papers: readonly Paper[] = [],
  /** input the caller could not read (a folder that cannot be listed, a file too large): listed in the manifest */
  unread: readonly Diagnostic[] = [],
): Promise<Built | UpToDate> {
  const phases: Record<string, number> = {}
  let t = performance.now()
  const lap = (name: string) => {
    phases[name] = +((performance.now() - t) / 1000).toFixed(2)
    t = performance.now()
  }
  const ids = issueIdFor(files.map((f) => f.path))
  const hashes: { path: string; hash: string }[] = []
  const hashOf = new Map<string, string>()
  const sources: PageSource[] = []
  files.forEach((file, i) => {
    const bytes = read(file)
    if (!bytes) return
    const hash = contentHash(bytes)
    hashes.push({ path: file.path, hash })
    // a page built with corrections of its text or its articles' boundaries is another page for the cache
    const boundaries = pageFixesFor(file.path, corrections.list)
    const registered = paperOfPage(papers, file.path)
    const paper = registered ? { name: registered.name, place: registered.place, code: registered.code, evidence: [`${registered.origin}: ${registered.name}, ${registered.place}`], dates: registered.dates } : undefined
    const source: PageSource = { path: file.path, issueId: ids[i]!, key: '', read: () => read(file), ...(boundaries.length ? { boundaries } : {}), ...(paper ? { paper } : {}), ...(file.print ? { print: file.print } : {}), ...(file.parts ? { parts: file.parts } : {}) }
    sources.push(keyed(source, hash))
    hashOf.set(file.path, hash)
  })
  lap('read')
  const inputs = createHash('sha256').update(cache.version).update(generatedAt)
  for (const s of sources) inputs.update(s.key)
  inputs.update(`corrections:${corrections.key}`)
  const inputsKey = inputs.digest('hex').slice(0, 32)
  if (unchanged(inputsKey)) return { upToDate: true, inputsKey }

  const diagnostics: Diagnostic[] = []
  const failed: string[] = []
  const unplaced: Built['unplaced'] = []
  const errors: string[] = []
  const issues: Issue[] = []
  const metas: ArticleMeta[] = []
  const openings = new Map<string, Set<string>>()
  const built: PageSource[] = []
  const issueById = new Map<string, Issue>()
  const issueOfArticle = new Map<string, Issue>()
  const log = new CorrectionLog()
  // a page's corrected date and place, the same on every pass (the cache keeps the page as built)
  const corrected = (issue: Issue, record = false) => correctPage(issue, corrections.list, record ? log : undefined)
  const facts = new CorpusFacts((id) => issueOfArticle.get(id), corrections.list, log)
  const passes: PagePass[] = []
  await passPages(sources, cache, (i, pass) => {
    progress('pages', i + 1, sources.length)
    if (!pass) return
    if (!pass.result || !pass.facts) {
      pushAll(diagnostics, pass.diagnostics)
      failed.push(sources[i]!.path)
      return
    }
    built.push(sources[i]!)
    passes.push(pass)
  })
  // one paper, one county: a page of a paper whose other pages agree on a county is built again with it
  const consensus = paperConsensus(built.flatMap((source, i) => (source.paper ? [] : [passes[i]!.result!.issue])))
  pushAll(diagnostics, consensus.diagnostics)
  built.forEach((source, i) => {
    const hint = consensus.replace.get(source.issueId)
    if (!hint) return
    built[i] = keyed({ ...source, paper: hint }, hashOf.get(source.path)!)
    const again = passAgain(built[i]!, cache)
    if (again?.result && again.facts) passes[i] = again
  })
  for (const [i, pass] of passes.entries()) {
    pushAll(diagnostics, pass.diagnostics)
    const result = pass.result!
    const issue = corrected(result.issue, true)
    issues.push(issue)
    issueById.set(issue.id, issue)
    for (const a of result.articles) {
      metas.push(articleMeta(a))
      issueOfArticle.set(a.id, issue)
      pushAll(errors, articleErrors(a))
    }
    openings.set(result.issue.id, articleOpenings(result.articles))
    if (result.unplaced.length) unplaced.push({ file: result.issue.source, lines: result.unplaced })
    facts.addPage(pass.facts!)
    passes[i] = PASSED
  }
  lap('pages')
  recordUnmatchedPages(corrections.list, new Set(issues.map((i) => i.source)), log)
  recordPageFixes(corrections.list, issues, log)
  pushAll(diagnostics, duplicateDiagnostics(hashes, issues, openings))

  facts.link()
  built.forEach((source, i) => {
    progress('facts', i + 1, built.length)
    const pass = passAgain(source, cache)
    if (!pass?.result) return
    const report = createReporter(source.path)
    facts.readPage(corrected(pass.result.issue), pass.result.articles, report)
    pushAll(diagnostics, report.diagnostics)
  })
  const result = facts.result()
  pushAll(errors, corpusErrors(issues, metas, result))
  lap('facts')

  const sourceOf = new Map(built.map((s) => [s.issueId, s]))
  const newest = [...issues].sort(newestFirst)
  // what a reader is told was not read, with the first reason given for each file
  const reasons = new Map<string, string>()
  for (const d of [...unread, ...diagnostics]) if (d.fatal && !reasons.has(d.file)) reasons.set(d.file, d.message)
  const notRead = [...new Set([...unread.map((d) => d.file), ...failed])].map((file) => ({ file, reason: reasons.get(file) ?? 'could not be built' }))
  const manifest = errors.length ? null : writeCorpusFiles({
    issues, articles: metas, facts: result,
    *prints() {
      // the images of the pages read from PDFs, one at a time from where expandInputs kept them
      for (const source of built) if (source.print) yield { path: source.print.image, bytes: readFileSync(source.print.file) }
    },
    *pages() {
      for (const [i, issue] of newest.entries()) {
        progress('files', i + 1, newest.length)
        const pass = passAgain(sourceOf.get(issue.id)!, cache)
        yield { issue, articles: pass?.result?.articles ?? [] }
      }
    },
  }, generatedAt, sink(), cache.segments(), notRead)
  lap('files')
  return { inputsKey, manifest, issues: issues.length, failed, unplaced, diagnostics, errors, phases, corrections: result.corrections, papers: paperSummaries(issues) }
}

/** A pass already handed on: its articles are read again from the cache, not held. */
const PASSED: PagePass = { result: null, facts: null, diagnostics: [] }

/** A page's cache key: its path, id and bytes, and what else it was built with (boundary fixes, its paper). */
function keyed(source: PageSource, hash: string): PageSource {
  const extra = [source.boundaries?.length ? source.boundaries : null, source.paper ?? null, source.print ? { ...source.print, file: undefined } : null, source.parts ?? null]
  const key = PageCache.keyOf(source.path, source.issueId, extra.some(Boolean) ? `${hash}-${contentHash(new TextEncoder().encode(JSON.stringify(extra)))}` : hash)
  return { ...source, key }
}
