// Benchmark: build the corpus from 2,000 generated pages (three layouts) and write pages/s and peak memory to
// bench/results/corpus-build.json. Run: npm run bench:corpus [-- --pages N]
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { corpusFiles } from '../src/corpus/output'
import { buildPages } from '../src/corpus/pipeline'
import { extractFacts } from '../src/corpus/facts/facts'
import { silentReporter } from '../src/corpus/lib/diagnostics'
import { generatePages, loadMaterial } from './generate-pages'

const pagesArg = process.argv.indexOf('--pages')
const count = pagesArg > 0 ? Number(process.argv[pagesArg + 1]) : 2000
const material = loadMaterial('data/issues')
const encoder = new TextEncoder()
const inputs = generatePages(material, count).map((p) => ({ path: p.path, bytes: encoder.encode(p.text) }))
const inputBytes = inputs.reduce((n, p) => n + p.bytes.length, 0)

global.gc?.()
const baseline = process.memoryUsage()
let peakRss = baseline.rss
let peakHeap = baseline.heapUsed
const started = performance.now()
const sample = () => {
  const m = process.memoryUsage()
  peakRss = Math.max(peakRss, m.rss)
  peakHeap = Math.max(peakHeap, m.heapUsed)
}
const result = buildPages(inputs, sample)
const paged = performance.now()
Object.assign(result.corpus, extractFacts(result.corpus.issues, result.corpus.articles, () => silentReporter))
sample()
const built = performance.now()
const files = corpusFiles(result.corpus, new Date(0).toISOString())
const done = performance.now()
const outputBytes = [...files.values()].reduce((n, t) => n + Buffer.byteLength(t), 0)

const figures = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version },
  pages: count,
  inputMiB: +(inputBytes / 2 ** 20).toFixed(2),
  articles: result.corpus.articles.length,
  diagnostics: result.diagnostics.length,
  unplacedLines: result.unplaced.reduce((n, u) => n + u.lines.length, 0),
  people: result.corpus.people.length,
  meetings: result.corpus.meetings.length,
  figures: result.corpus.figures.length,
  pagesSeconds: +((paged - started) / 1000).toFixed(2),
  factsSeconds: +((built - paged) / 1000).toFixed(2),
  // the JSON files, and building and exporting the search index
  filesSeconds: +((done - built) / 1000).toFixed(2),
  /** pages to issues and articles only (part 1) */
  pagesPerSecondWithoutFacts: +(count / ((paged - started) / 1000)).toFixed(1),
  /** the whole build: pages, facts (people, meetings, figures…) and the JSON */
  pagesPerSecond: +(count / ((done - started) / 1000)).toFixed(1),
  peakRssMiB: +(peakRss / 2 ** 20).toFixed(1),
  peakHeapMiB: +(peakHeap / 2 ** 20).toFixed(1),
  outputMiB: +(outputBytes / 2 ** 20).toFixed(2),
}
mkdirSync('bench/results', { recursive: true })
writeFileSync('bench/results/corpus-build.json', `${JSON.stringify(figures, null, 2)}\n`)
console.log(JSON.stringify(figures, null, 2))
