// npm run gen:archive -- --articles N --out DIR [--seed S] [--counties C]: writes a generated archive of county
// papers (bench/archive/generate-archive.ts) as page files, the builder's input. Deterministic by seed.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { generateArchive } from './archive/generate-archive'

function arg(name: string, fallback?: string): string {
  const at = process.argv.indexOf(`--${name}`)
  const value = at > 0 ? process.argv[at + 1] : fallback
  if (value === undefined) {
    console.error('usage: npm run gen:archive -- --articles N --out DIR [--seed S] [--counties C]')
    process.exit(2)
  }
  return value
}

const articles = Number(arg('articles'))
const out = arg('out')
const seed = Number(arg('seed', '1'))
const counties = process.argv.includes('--counties') ? Number(arg('counties')) : undefined
if (!(articles > 0)) throw new Error('--articles must be a positive number')

rmSync(out, { recursive: true, force: true })
const started = performance.now()
let pages = 0
let written = 0
let first = ''
let last = ''
for (const page of generateArchive({ articles, seed, counties })) {
  const path = join(out, page.path)
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, page.text)
  pages++
  written += page.articles
  first ||= page.path
  last = page.path
}
console.error(`[gen:archive] ${pages} pages, ${written} articles (${first} … ${last}) in ${((performance.now() - started) / 1000).toFixed(1)}s → ${out}`)
