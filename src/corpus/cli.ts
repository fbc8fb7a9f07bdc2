// npm run corpus -- --in DIR --out DIR: reads every page text under DIR, builds the corpus, validates it,
// writes it, and reports. The only module of the builder that does I/O.
// Exit codes: 0 built (warnings allowed); 1 built, but some files could not be read or lines were not placed;
// 2 nothing written (bad arguments, no input, or a corpus that fails validation).
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { formatDiagnostic, groupByRule } from './lib/diagnostics'
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

function listPages(root: string): string[] {
  const out: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.isFile() && INPUT_EXTENSIONS.test(entry.name)) out.push(path)
    }
  }
  walk(root)
  return out.sort()
}

function main() {
  const opts = parseArgs(process.argv.slice(2))
  const inputDir = resolve(opts.input)
  if (!statSync(inputDir, { throwIfNoEntry: false })?.isDirectory()) usage(`input folder not found: ${opts.input}`)
  const paths = listPages(inputDir)
  if (!paths.length) usage(`no page texts (*.txt, *.md) under ${opts.input}`)

  const started = performance.now()
  const inputs: PageInput[] = paths.map((p) => ({ path: relative(inputDir, p).split(sep).join('/'), bytes: readFileSync(p) }))
  // The build time is the newest input's: the same input gives byte-identical output.
  const epoch = Number(process.env.SOURCE_DATE_EPOCH)
  const generatedAt = new Date(Number.isFinite(epoch) && epoch > 0 ? epoch * 1000 : maxOf(paths.map((p) => statSync(p).mtimeMs), 0)).toISOString()

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
  const outDir = resolve(opts.output)
  // sharded folders are rewritten whole: a smaller corpus leaves no stale shard behind
  for (const folder of ['articles', 'search']) rmSync(join(outDir, folder), { recursive: true, force: true })
  for (const [path, content] of corpusFiles(result.corpus, generatedAt)) {
    mkdirSync(dirname(join(outDir, path)), { recursive: true })
    writeFileSync(join(outDir, path), content)
  }
  const grouped = groupByRule(result.diagnostics)
  const report = {
    input: opts.input,
    files: inputs.length,
    built: result.corpus.issues.length,
    failed: result.failed,
    unplacedLines: result.unplaced,
    counts: { articles: result.corpus.articles.length, people: result.corpus.people.length },
    diagnostics: grouped,
  }
  writeFileSync(join(outDir, 'corpus-report.json'), `${JSON.stringify(report, null, 1)}\n`)

  for (const [rule, list] of Object.entries(grouped)) {
    console.error(`${rule} (${list.length})`)
    for (const d of list.slice(0, 10)) console.error(`  ${formatDiagnostic(d)}`)
    if (list.length > 10) console.error(`  … ${list.length - 10} more in corpus-report.json`)
  }
  const unplaced = result.unplaced.reduce((n, u) => n + u.lines.length, 0)
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.error(
    `[corpus] ${result.corpus.issues.length}/${inputs.length} pages built, ${result.failed.length} failed · ` +
      `${result.corpus.articles.length} articles · ${result.diagnostics.length} diagnostics · ${unplaced} unplaced lines · ${seconds}s → ${opts.output}`,
  )
  process.exit(result.failed.length || unplaced ? 1 : 0)
}

main()
