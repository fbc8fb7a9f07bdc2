// Benchmark: the builder on generated archives (npm run gen:archive) of 20,000 and 200,000 articles, as a user runs
// it (npm run corpus): a cold build (empty cache), an unchanged rebuild, and a rebuild after one page changed.
// Time per article, each pass's seconds, peak resident memory (the kernel's count, worker threads included).
// Writes bench/results/corpus-build.json. Run: npm run bench:corpus [-- --sizes 20000,200000]
import { execFileSync } from 'node:child_process'
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus, tmpdir } from 'node:os'
import { join } from 'node:path'

const at = process.argv.indexOf('--sizes')
const sizes = (at > 0 ? process.argv[at + 1]! : '20000,200000').split(',').map(Number)

interface Stats {
  articles?: number
  seconds: number
  peakRssMiB: number
  cacheHits?: number
  upToDate?: boolean
  phases?: Record<string, number>
  files?: number
  bytes?: number
}

function build(pages: string, out: string, cache: string): Stats {
  const stats = join(out, '..', 'stats.json')
  execFileSync(process.execPath, ['--max-old-space-size=1280', '--import', 'tsx', 'src/corpus/cli.ts', '--in', pages, '--out', out, '--cache', cache, '--stats', stats, '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] })
  return JSON.parse(readFileSync(stats, 'utf8')) as Stats
}

const firstPage = (dir: string): string => {
  const entry = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))[0]!
  return entry.isDirectory() ? firstPage(join(dir, entry.name)) : join(dir, entry.name)
}

const results: Record<string, unknown> = {}
for (const size of sizes) {
  const dir = join(tmpdir(), `xianbao-corpus-bench-${size}`)
  const pages = join(dir, 'pages')
  if (!existsSync(pages)) execFileSync('npx', ['tsx', 'bench/gen-archive.ts', '--articles', String(size), '--out', pages], { stdio: 'inherit' })
  const cache = join(dir, 'cache')
  const out = join(dir, 'corpus')
  rmSync(cache, { recursive: true, force: true })
  rmSync(out, { recursive: true, force: true })
  const cold = build(pages, out, cache)
  const unchanged = build(pages, out, cache)
  const page = firstPage(pages)
  const before = readFileSync(page)
  appendFileSync(page, '\n\n县委书记王明远主持召开专题会议，研究部署相关工作。\n')
  const onePageChanged = build(pages, out, cache)
  writeFileSync(page, before)
  // the archive built from its own pages again, for bench:archive (the one-page rebuild's cost once more)
  build(pages, out, cache)
  results[size] = {
    articles: cold.articles,
    cold: { ...cold, msPerArticle: +((cold.seconds * 1000) / cold.articles!).toFixed(3) },
    unchanged: { seconds: +unchanged.seconds.toFixed(2), upToDate: unchanged.upToDate, peakRssMiB: +unchanged.peakRssMiB.toFixed(0) },
    onePageChanged: { seconds: +onePageChanged.seconds.toFixed(2), cacheHits: onePageChanged.cacheHits, phases: onePageChanged.phases, peakRssMiB: +onePageChanged.peakRssMiB.toFixed(0) },
    speedup: { unchanged: +(cold.seconds / unchanged.seconds).toFixed(1), onePageChanged: +(cold.seconds / onePageChanged.seconds).toFixed(1) },
  }
  console.log(size, JSON.stringify(results[size]))
}
const perArticle = sizes.map((s) => (results[s] as { cold: { msPerArticle: number } }).cold.msPerArticle)
const figures = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, parallelism: availableParallelism(), cpu: cpus()[0]?.model, node: process.version },
  results,
  /** the largest archive's time per article over the smallest's (budget 1.5) */
  perArticleGrowth: +(Math.max(...perArticle) / Math.min(...perArticle)).toFixed(2),
}
mkdirSync('bench/results', { recursive: true })
writeFileSync('bench/results/corpus-build.json', `${JSON.stringify(figures, null, 2)}\n`)
console.log(JSON.stringify(figures, null, 2))
