// Benchmark: build the corpus from 2,000 generated pages (three layouts) and write pages/s and peak memory to
// bench/results/corpus-build.json. Run: npm run bench:corpus [-- --pages N]
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { corpusFiles } from '../src/corpus/output'
import { runPipeline } from '../src/corpus/pipeline'
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
const result = runPipeline(inputs, () => {
  const m = process.memoryUsage()
  peakRss = Math.max(peakRss, m.rss)
  peakHeap = Math.max(peakHeap, m.heapUsed)
})
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
  pipelineSeconds: +((built - started) / 1000).toFixed(2),
  serializeSeconds: +((done - built) / 1000).toFixed(2),
  pagesPerSecond: +(count / ((done - started) / 1000)).toFixed(1),
  peakRssMiB: +(peakRss / 2 ** 20).toFixed(1),
  peakHeapMiB: +(peakHeap / 2 ** 20).toFixed(1),
  outputMiB: +(outputBytes / 2 ** 20).toFixed(2),
}
mkdirSync('bench/results', { recursive: true })
writeFileSync('bench/results/corpus-build.json', `${JSON.stringify(figures, null, 2)}\n`)
console.log(JSON.stringify(figures, null, 2))
