// npm run corpus -- --in DIR --out DIR: reads every page text under DIR, builds the corpus, validates it,
// writes it, and reports. The only module of the builder that does I/O.
// Exit codes: 0 built (warnings allowed); 1 built, but some files could not be read or lines were not placed;
// 2 nothing written (bad arguments, no input, or a corpus that fails validation).
import { mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'
import { type Diagnostic, formatDiagnostic, groupByRule } from './lib/diagnostics'
import { corpusFiles } from './output'
import { type PageInput, runPipeline } from './pipeline'
import { validateCorpus } from './validate'
import { maxOf } from './lib/collections'

const INPUT_EXTENSIONS = /\.(txt|md|text)$/i

interface Options {
  input: string
  output: string
  quiet: boolean
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { input: 'data/issues', output: 'public/corpus', quiet: false }
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
    else if (a === '--help' || a === '-h') usage()
    else usage(`unknown argument: ${a}`)
  }
  return opts
}

function usage(problem?: string): never {
  if (problem) console.error(`corpus: ${problem}`)
  console.error('usage: npm run corpus -- [--in DIR (data/issues)] [--out DIR (public/corpus)] [--quiet]')
  process.exit(problem ? 2 : 0)
}

/** A failure of the file system, named by the path it concerns: ENOSPC, EACCES, ENOTDIR… */
const ioCode = (e: unknown) => (e as NodeJS.ErrnoException).code ?? 'error'
const ioWarning = (ruleId: string, path: string, message: string): Diagnostic => ({ file: path, line: 0, ruleId, message, fatal: true })

/**
 * Every page text under root, following symbolic links to files and folders (each real folder once); a folder
 * that cannot be listed or a link that leads nowhere is a diagnostic, and the rest is still read.
 */
function listPages(root: string, problems: Diagnostic[]): string[] {
  const out: string[] = []
  const seen = new Set<string>()
  const walk = (dir: string) => {
    let entries
    try {
      const real = realpathSync(dir)
      if (seen.has(real)) return
      seen.add(real)
      entries = readdirSync(dir, { withFileTypes: true })
    } catch (e) {
      problems.push(ioWarning('io/unlistable', relative(root, dir) || '.', `the folder cannot be listed (${ioCode(e)}); its pages are not read`))
      return
    }
    for (const entry of entries) {
      const path = join(dir, entry.name)
      let isDir = entry.isDirectory()
      let isFile = entry.isFile()
      if (entry.isSymbolicLink()) {
        let target
        try {
          target = statSync(path)
        } catch (e) {
          if (INPUT_EXTENSIONS.test(entry.name)) problems.push(ioWarning('io/broken-link', relative(root, path), `a symbolic link that leads to no file (${ioCode(e)}): the page is not read`))
          continue
        }
        ;[isDir, isFile] = [target.isDirectory(), target.isFile()]
      }
      if (isDir) walk(path)
      else if (isFile && INPUT_EXTENSIONS.test(entry.name)) out.push(path)
    }
  }
  walk(root)
  return out.sort()
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
 * Writes the corpus into a fresh folder beside the output and swaps it in only when every file is written: a
 * full disk or a refused write leaves the previous corpus whole. Returns a message on failure.
 */
function writeCorpus(outDir: string, files: Map<string, string | Uint8Array>): string | null {
  const fresh = join(dirname(outDir), `.${basename(outDir)}.building-${process.pid}`)
  const previous = join(dirname(outDir), `.${basename(outDir)}.previous-${process.pid}`)
  let step = `create ${dirname(outDir)}`
  try {
    mkdirSync(dirname(outDir), { recursive: true })
    rmSync(fresh, { recursive: true, force: true })
    for (const [path, content] of files) {
      step = `write ${join(outDir, path)}`
      mkdirSync(dirname(join(fresh, path)), { recursive: true })
      writeFileSync(join(fresh, path), content)
    }
    step = `replace ${outDir}`
    const exists = statSync(outDir, { throwIfNoEntry: false })
    if (exists && !exists.isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' })
    if (exists) renameSync(outDir, previous)
    renameSync(fresh, outDir)
    if (exists) rmSync(previous, { recursive: true, force: true })
    return null
  } catch (e) {
    try {
      rmSync(fresh, { recursive: true, force: true })
      if (statSync(previous, { throwIfNoEntry: false }) && !statSync(outDir, { throwIfNoEntry: false })) renameSync(previous, outDir)
    } catch {
      // the folder beside the output could not even be made: there is nothing to clean up
    }
    return `could not ${step} (${ioCode(e)}); nothing was changed in ${outDir}`
  }
}

function main() {
  const opts = parseArgs(process.argv.slice(2))
  const inputDir = resolve(opts.input)
  const outDir = resolve(opts.output)
  if (!statSync(inputDir, { throwIfNoEntry: false })?.isDirectory()) usage(`input folder not found: ${opts.input}`)
  checkFolders(inputDir, outDir)
  const problems: Diagnostic[] = []
  const paths = listPages(inputDir, problems)
  if (!paths.length) {
    for (const d of problems) console.error(`  ${formatDiagnostic(d)}`)
    usage(`no page texts (*.txt, *.md) could be read under ${opts.input}`)
  }

  const started = performance.now()
  const inputs: PageInput[] = []
  for (const p of paths) {
    const path = relative(inputDir, p).split(sep).join('/')
    try {
      inputs.push({ path, bytes: readFileSync(p) })
    } catch (e) {
      problems.push(ioWarning('io/unreadable', path, `the file cannot be read (${ioCode(e)}); the other pages are built`))
    }
  }
  // The build time is the newest input's: the same input gives byte-identical output.
  const epoch = Number(process.env.SOURCE_DATE_EPOCH)
  const generatedAt = new Date(Number.isFinite(epoch) && epoch > 0 ? epoch * 1000 : maxOf(paths.map((p) => statSync(p, { throwIfNoEntry: false })?.mtimeMs ?? 0), 0)).toISOString()

  let articles = 0
  let warnings = 0
  let lastShown = 0
  const progress = (done: number, final = false) => {
    if (opts.quiet) return
    const now = performance.now()
    if (!final && now - lastShown < 1000 && done !== inputs.length) return
    lastShown = now
    process.stderr.write(`[corpus] ${done}/${inputs.length} files · ${articles} articles · ${warnings} diagnostics${process.stderr.isTTY && !final ? '\r' : '\n'}`)
  }
  const result = runPipeline(inputs, (done, page, diagnostics) => {
    articles += page?.articles.length ?? 0
    warnings = diagnostics
    progress(done)
  })

  const errors = validateCorpus(result.corpus)
  if (errors.length) {
    console.error(`corpus: the built corpus breaks the contract; nothing written:\n  ${errors.slice(0, 20).join('\n  ')}`)
    process.exit(2)
  }
  result.diagnostics = [...problems, ...result.diagnostics]
  const failed = [...problems.filter((d) => d.ruleId !== 'io/unlistable').map((d) => d.file), ...result.failed]
  const grouped = groupByRule(result.diagnostics)
  const report = {
    input: opts.input,
    files: inputs.length,
    built: result.corpus.issues.length,
    failed,
    unplacedLines: result.unplaced,
    counts: { articles: result.corpus.articles.length, people: result.corpus.people.length },
    diagnostics: grouped,
  }
  const files = corpusFiles(result.corpus, generatedAt)
  files.set('corpus-report.json', `${JSON.stringify(report, null, 1)}\n`)
  const writeProblem = writeCorpus(outDir, files)

  for (const [rule, list] of Object.entries(grouped)) {
    console.error(`${rule} (${list.length})`)
    for (const d of list.slice(0, 10)) console.error(`  ${formatDiagnostic(d)}`)
    if (list.length > 10) console.error(`  … ${list.length - 10} more in corpus-report.json`)
  }
  if (writeProblem) {
    console.error(`corpus: ${writeProblem}`)
    process.exit(2)
  }
  const unplaced = result.unplaced.reduce((n, u) => n + u.lines.length, 0)
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.error(
    `[corpus] ${result.corpus.issues.length}/${paths.length} pages built, ${failed.length} failed · ` +
      `${result.corpus.articles.length} articles · ${result.diagnostics.length} diagnostics · ${unplaced} unplaced lines · ${seconds}s → ${opts.output}`,
  )
  // a line left out for its bad bytes is a line not placed: the build is incomplete, as for an unreadable file
  const lost = result.diagnostics.filter((d) => d.ruleId === 'input/bad-bytes').length
  process.exit(failed.length || problems.length || unplaced || lost ? 1 : 0)
}

main()
