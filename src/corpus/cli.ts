// npm run corpus -- --in DIR --out DIR: reads every page text under DIR, builds the corpus, validates it,
// writes it, and reports. The only module of the builder that does I/O.
// Exit codes: 0 built (warnings allowed); 1 built, but some files could not be read or lines were not placed;
// 2 nothing written (bad arguments, no input, or a corpus that fails validation).
import { mkdtempSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'
import { parseCorrections } from './corrections/parse-corrections'
import { decodePage, isBlank } from './page/decode'
import { type Paper, parsePapers } from './papers/papers-file'
import { createReporter, formatDiagnostic, groupByRule } from './lib/diagnostics'
import { type Built, buildCorpus } from './io/build-corpus'
import { BuildRecord } from './io/build-record'
import type { Manifest } from '../shared/corpus-manifest'
import { compressFolder } from './io/compress'
import { CorpusFolder, CorpusWriteError } from './io/corpus-folder'
import { ioCode, ioWarning, listPages, pagesOfSize } from './io/list-pages'
import { builderVersion, DEFAULT_CACHE, PageCache } from './io/page-cache'
import type { Diagnostic, Reporter } from './lib/diagnostics'
import { maxOf } from './lib/collections'
import { type CorpusReport, corpusReportJson } from './io/corpus-report'
import { cleanStale, lockOutput, tempPagesPrefix } from './io/output-lock'
import { progressLine } from './io/progress-line'
import { expandInputs, type InputPage } from './input/expand-inputs'

interface Options {
  input: string
  output: string
  quiet: boolean
  cache: string
  useCache: boolean
  /** a file to write the build's timings and peak memory to (benchmarks) */
  stats: string | null
  /** read page images (scans) by OCR */
  ocr: boolean
  /** a historian's corrections (YAML); by default corrections.yaml beside the input folder, when there is one */
  corrections: string | null
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { input: 'data/issues', output: 'public/corpus', quiet: false, cache: DEFAULT_CACHE, useCache: true, stats: null, corrections: null, ocr: false }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    const value = () => {
      const v = argv[++i]
      if (!v) usage(`${a} needs a folder`)
      return v!
    }
    if (a === '--in') opts.input = value()
    else if (a === '--out') opts.output = value()
    else if (a === '--quiet') opts.quiet = true
    else if (a === '--cache') opts.cache = value()
    else if (a === '--no-cache') opts.useCache = false
    else if (a === '--ocr') opts.ocr = true
    else if (a === '--stats') opts.stats = value()
    else if (a === '--corrections') opts.corrections = value()
    else if (a === '--help' || a === '-h') usage()
    else usage(`unknown argument: ${a}`)
  }
  return opts
}

function usage(problem?: string): never {
  if (problem) console.error(`corpus: ${problem}`)
  console.error('usage: npm run corpus -- [--in DIR (data/issues)] [--out DIR (public/corpus)] [--quiet] [--cache DIR | --no-cache] [--stats FILE] [--corrections FILE (corrections.yaml beside DIR)] [--ocr (read page images)]')
  process.exit(problem ? 2 : 0)
}

/** The output folder may neither be the input folder nor lie inside it, nor hold it: a build would delete pages. */
function checkFolders(inputDir: string, outDir: string) {
  const within = (inner: string, outer: string) => inner === outer || inner.startsWith(outer + sep)
  const real = (p: string) => {
    try {
      return realpathSync(p)
    } catch {
      return p
    }
  }
  const [inReal, outReal] = [real(inputDir), real(outDir)]
  if (within(outReal, inReal)) usage(`the output folder ${outDir} is or lies inside the input folder: building there would overwrite pages`)
  if (within(inReal, outReal)) usage(`the output folder ${outDir} holds the input folder: building there would delete pages`)
}

/**
 * The corrections file named, or corrections.yaml beside the input folder: its entries, a key of its text (a
 * change to it is a change to the build) and its diagnostics. A file named but missing is an error of the call.
 */
function readCorrections(named: string | null, inputDir: string) {
  const path = named ? resolve(named) : join(dirname(inputDir), 'corrections.yaml')
  const report = createReporter(relative(process.cwd(), path) || path)
  if (!statSync(path, { throwIfNoEntry: false })?.isFile()) {
    if (named) usage(`corrections file not found: ${named}`)
    return { list: [], key: '', diagnostics: report.diagnostics }
  }
  // decoded as pages are (a BOM, UTF-16, GB18030): a file saved by another editor is read, not turned into garbage;
  // an empty file is a file of no corrections
  const text = readYamlText(path, report)
  if (text === undefined) return { list: [], key: '', diagnostics: report.diagnostics }
  return { list: parseCorrections(text, report, basename(path)), key: createHash('sha256').update(text).digest('hex').slice(0, 16), diagnostics: report.diagnostics }
}

/**
 * Every papers.yaml in the input folder or a folder of its pages: the papers they name. A fatal diagnostic of one
 * (a county the gazetteer does not know) stops the build before anything is built from a guess.
 */
function readPapers(inputDir: string, pagePaths: string[]) {
  const folders = new Set([''])
  for (const p of pagePaths) {
    const parts = p.split('/').slice(0, -1)
    for (let n = 1; n <= parts.length; n++) folders.add(parts.slice(0, n).join('/'))
  }
  const papers: Paper[] = []
  const diagnostics: Diagnostic[] = []
  for (const folder of [...folders].sort()) {
    const path = join(inputDir, folder, 'papers.yaml')
    if (!statSync(path, { throwIfNoEntry: false })?.isFile()) continue
    const report = createReporter(folder ? `${folder}/papers.yaml` : 'papers.yaml')
    const text = readYamlText(path, report)
    if (text !== undefined) papers.push(...parsePapers(text, folder, report))
    diagnostics.push(...report.diagnostics)
  }
  return { papers, diagnostics, key: createHash('sha256').update(JSON.stringify(papers)).digest('hex').slice(0, 16) }
}

async function main(): Promise<number> {
  const opts = parseArgs(process.argv.slice(2))
  const inputDir = resolve(opts.input)
  const outDir = resolve(opts.output)
  if (!statSync(inputDir, { throwIfNoEntry: false })?.isDirectory()) usage(`input folder not found: ${opts.input}`)
  checkFolders(inputDir, outDir)
  const lock = lockOutput(outDir)
  if ('heldBy' in lock) {
    console.error(`corpus: another build (pid ${lock.heldBy}) is writing ${opts.output}; nothing built. Run it again when that one has finished.`)
    return 2
  }
  try {
    for (const name of cleanStale(outDir)) console.error(`[corpus] removed ${name}, left by a build that did not finish`)
    return await buildInto(opts, inputDir, outDir)
  } finally {
    lock.release()
  }
}

/** A YAML file of the user's, decoded as pages are; an empty one is empty text, not an error. */
function readYamlText(path: string, report: Reporter): string | undefined {
  const bytes = readFileSync(path)
  return isBlank(bytes) ? '' : decodePage(bytes, report)?.text
}

/** The build, with the output folder locked. */
async function buildInto(opts: Options, inputDir: string, outDir: string): Promise<number> {
  const problems: Diagnostic[] = []
  const paths = listPages(inputDir, problems)
  if (!paths.length) {
    for (const d of problems) console.error(`  ${formatDiagnostic(d)}`)
    usage(`no pages (*.txt, *.md, *.pdf, *.html) could be read under ${opts.input}`)
  }
  const started = performance.now()
  const files = pagesOfSize(inputDir, paths, problems)
  if (!files.length) {
    for (const d of problems) console.error(`  ${formatDiagnostic(d)}`)
    usage(`no pages (*.txt, *.md, *.pdf, *.html) could be read under ${opts.input}`)
  }
  const readFile = (file: { path: string; real: string }): Uint8Array | null => {
    try {
      return readFileSync(file.real)
    } catch (e) {
      problems.push(ioWarning('io/unreadable', file.path, `the file cannot be read (${ioCode(e)}); the other pages are built`))
      return null
    }
  }

  // The build time is the newest input's: the same input gives byte-identical output.
  const epoch = Number(process.env.SOURCE_DATE_EPOCH)
  const generatedAt = new Date(Number.isFinite(epoch) && epoch > 0 ? epoch * 1000 : maxOf(paths.map((p) => statSync(p, { throwIfNoEntry: false })?.mtimeMs ?? 0), 0)).toISOString()

  // without a cache of earlier builds the pages still go through one of this build's: the later passes read them there
  const cacheRoot = opts.useCache ? opts.cache : mkdtempSync(tempPagesPrefix())
  const cache = new PageCache(cacheRoot, builderVersion())
  // a PDF is as many pages as it has (paper.pdf#page=2), each laid out as text before the build reads it; a saved
  // e-paper page is read into a page text
  const progress = progressLine(opts.quiet)
  // (how many PDFs and scans were read, not found in the cache: in --stats)
  let printedRead = 0
  const pages = await expandInputs(files, readFile, problems, join(cacheRoot, 'pdf'), (done, of) => {
    printedRead = done
    progress('reading PDFs and scans', done, of, 'files')
  }, { ocr: opts.ocr })
  const read = (file: InputPage): Uint8Array | null => file.text ?? readFile(file)
  // the files that gave no page (a PDF that could not be read, a scan without text) count as a page not built
  const expanded = new Set(pages.flatMap((p) => [p.path.replace(/#page=\d+$/, ''), ...(p.parts ?? []).map((part) => part.file)]))
  const unexpanded = files.filter((f) => !expanded.has(f.path)).length
  let folder: CorpusFolder | null = null
  // the process's peak resident memory, worker threads included, as the kernel counts it
  const peakRssMiB = () => process.resourceUsage().maxRSS / 1024
  const record = new BuildRecord(cacheRoot, outDir)
  const corrections = readCorrections(opts.corrections, inputDir)
  const papers = readPapers(inputDir, files.map((f) => f.path))
  if (papers.diagnostics.some((d) => d.fatal)) {
    for (const d of papers.diagnostics) console.error(`  ${formatDiagnostic(d)}`)
    console.error('corpus: papers.yaml cannot be read or names a paper that cannot be placed; nothing built')
    return 2
  }
  // a corrections file that cannot be read would build a corpus without the historian's corrections over one with them
  if (corrections.diagnostics.some((d) => d.fatal)) {
    for (const d of corrections.diagnostics.filter((x) => x.fatal)) console.error(`  ${formatDiagnostic(d)}`)
    console.error('corpus: the corrections file cannot be read; nothing built, the previous corpus stands')
    return 2
  }
  try {
    const built = await buildCorpus(pages, read, cache, () => (folder = new CorpusFolder(outDir)), generatedAt, progress, (key) => problems.length === 0 && record.holds(key), { ...corrections, key: `${corrections.key}|${papers.key}` }, papers.papers, problems)
    if (built.upToDate) {
      console.error(`[corpus] ${opts.output} is up to date: the same ${pages.length} pages with the same builder (${((performance.now() - started) / 1000).toFixed(1)}s; its corpus-report.json stands)`)
      if (opts.stats) writeFileSync(opts.stats, `${JSON.stringify({ pages: pages.length, upToDate: true, seconds: (performance.now() - started) / 1000, peakRssMiB: peakRssMiB() }, null, 1)}\n`)
      return record.exitCode()
    }
    folder ??= new CorpusFolder(outDir)
    if (built.errors.length || !built.manifest) {
      folder.abort()
      console.error(`corpus: the built corpus breaks the contract; nothing written:\n  ${built.errors.slice(0, 20).join('\n  ')}`)
      return 2
    }
    // (a scan read with little confidence is read all the same: reported, not failed)
    const notRead = problems.filter((d) => d.ruleId !== 'ocr/low-confidence')
    const failed = [...notRead.filter((d) => d.ruleId !== 'io/unlistable').map((d) => d.file), ...built.failed]
    built.diagnostics = [...problems, ...corrections.diagnostics, ...papers.diagnostics, ...cache.damaged, ...built.diagnostics]
    const grouped = groupByRule(built.diagnostics)
    const report: CorpusReport = {
      // the folder's name, not its path: the report is served with the corpus, and a path tells of the machine
      input: basename(inputDir),
      files: files.length,
      built: built.issues,
      failed,
      unplacedLines: built.unplaced,
      counts: { articles: built.manifest.counts.articles, people: built.manifest.counts.people },
      diagnostics: grouped,
      corrections: built.corrections,
      papers: built.papers,
    }
    folder.write('corpus-report.json', corpusReportJson(report))
    const t0 = performance.now()
    const compressProgress = progressLine(opts.quiet)
    const previous = readManifest(outDir)
    const compression = await compressFolder(folder.path, previous && outDir, (path) => movedTo(path, built.manifest!, previous!), (done, total) => compressProgress('compress', done, total, 'files'))
    built.phases.compress = +((performance.now() - t0) / 1000).toFixed(2)
    folder.commit()
    cache.prune()
    // an entry of the corrections file that could not be read is a line of the user's not applied, as a bad page line is
    const unreadCorrection = corrections.diagnostics.some((d) => d.ruleId === 'corrections/invalid')
    const code = failed.length || notRead.length || unplaced(built) || lost(built) || unreadCorrection ? 1 : 0
    record.save(built.inputsKey, code)
    for (const [rule, list] of Object.entries(grouped)) {
      console.error(`${rule} (${list.length})`)
      for (const d of list.slice(0, 10)) console.error(`  ${formatDiagnostic(d)}`)
      if (list.length > 10) console.error(`  … ${list.length - 10} more in corpus-report.json`)
    }
    for (const p of built.papers) {
      const years = p.years ? (p.years[0] === p.years[1] ? `${p.years[0]}` : `${p.years[0]}–${p.years[1]}`) : 'no year'
      console.error(`[paper] ${p.paper}: ${pagesCount(p.pages)} · ${p.place ?? 'no county'} · ${years}${p.unplaced ? ` · ${pagesCount(p.unplaced)} not placed` : ''}`)
    }
    const seconds = (performance.now() - started) / 1000
    console.error(
      `[corpus] ${built.issues}/${pages.length + unexpanded} pages built, ${failed.length} failed · ${built.manifest.counts.articles} articles · ` +
        `${built.diagnostics.length} diagnostics · ${unplaced(built)} unplaced lines · ${cache.hits} pages from the cache · ${seconds.toFixed(1)}s → ${opts.output}`,
    )
    if (opts.stats) {
      writeFileSync(opts.stats, `${JSON.stringify({ pages: pages.length, articles: built.manifest.counts.articles, seconds, cacheHits: cache.hits, printedRead, peakRssMiB: peakRssMiB(), files: folder.files, bytes: folder.bytes, phases: built.phases, compression }, null, 1)}\n`)
    }
    return code
  } catch (e) {
    folder?.abort()
    if (!(e instanceof CorpusWriteError)) throw e
    console.error(`corpus: ${e.message}`)
    return 2
  } finally {
    if (!opts.useCache) rmSync(cacheRoot, { recursive: true, force: true })
  }
}

function readManifest(dir: string): Manifest | null {
  try {
    return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest
  } catch {
    return null
  }
}

/** Where a file of this build stood in the previous one: its view and search folders are named by version. */
function movedTo(path: string, now: Manifest, before: Manifest): string {
  // the previous manifest may be of an older builder, of another shape
  const searchFolder = (m: Manifest) => (typeof m.search?.file === 'string' ? m.search.file.split('/').slice(0, 2).join('/') : undefined)
  const [viewsNow, viewsBefore] = [now.views, typeof before.views === 'string' ? before.views : undefined]
  if (viewsNow && viewsBefore && path.startsWith(viewsNow)) return viewsBefore + path.slice(viewsNow.length)
  const [searchNow, searchBefore] = [searchFolder(now), searchFolder(before)]
  if (searchNow && searchBefore && path.startsWith(`${searchNow}/`)) return searchBefore + path.slice(searchNow.length)
  return path
}

const unplaced = (built: Built) => built.unplaced.reduce((n, u) => n + u.lines.length, 0)
/** a line left out for its bad bytes is a line not placed: the build is incomplete, as for an unreadable file */
const lost = (built: Built) => built.diagnostics.filter((d) => d.ruleId === 'input/bad-bytes').length

main().then((code) => process.exit(code))

const pagesCount = (n: number) => `${n} ${n === 1 ? 'page' : 'pages'}`
