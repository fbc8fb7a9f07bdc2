// The builder's cache of built pages: a page whose bytes, path and id did not change is not parsed again by the
// same builder. Entries are keyed by a hash of the builder's own source (any change to a stage makes a new
// cache), the page's path and id (its date may come from the path) and its bytes. Each entry is one file of the
// page's PagePass as JSON, framed with its checksum (cache-entry.ts); the cache also serves as the store the later passes re-read pages from, so that the
// corpus's articles are never all in memory at once.
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Diagnostic } from '../lib/diagnostics'
import type { SegmentCache } from '../output'
import type { PagePass } from '../pipeline'
import { frame, unframe } from './cache-entry'

const SOURCE_ROOTS = ['..', '../../shared'].map((p) => fileURLToPath(new URL(p, import.meta.url)))

/** A hash of the source of every stage the builder runs (tests and I/O aside), and of the Node version that runs it. */
export function builderVersion(): string {
  const hash = createHash('sha256').update(process.version)
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, e.name)
      // io/ and the CLI read and write files; they do not change what a page or the corpus becomes
      if (e.isDirectory() && !['__fixtures__', 'reliability', 'io'].includes(e.name)) walk(path)
      else if (e.name === 'cli.ts') continue
      else if (/\.ts$/.test(e.name) && !/\.test(-utils)?\.ts$/.test(e.name)) hash.update(path.slice(dir.length)).update(readFileSync(path))
    }
  }
  for (const root of SOURCE_ROOTS) walk(root)
  return hash.digest('hex').slice(0, 16)
}

/**
 * Folders of the cache root that are no builder version: `pdf`, the pages read from PDFs and scans (named by their
 * bytes and their readers' version, so that a rebuild reads none again), and `builds`, the records of builds.
 */
const KEPT_BESIDE = ['pdf', 'builds']

export const DEFAULT_CACHE = fileURLToPath(new URL('../../../node_modules/.cache/xianbao-corpus', import.meta.url))

export class PageCache {
  readonly folder: string
  hits = 0
  misses = 0
  private readonly usedSegments = new Set<string>()
  /** entries found damaged (cut short, emptied, of another format): dropped and rebuilt, each reported once */
  readonly damaged: Diagnostic[] = []

  /** `root` holds one folder per builder version; the others are removed once a build has written this one's. */
  constructor(private readonly root: string, readonly version: string) {
    this.folder = join(root, version)
  }

  static keyOf(path: string, issueId: string, contentHash: string): string {
    return createHash('sha256').update(path).update('\0').update(issueId).update('\0').update(contentHash).digest('hex').slice(0, 32)
  }

  private file(key: string) {
    return join(this.folder, key.slice(0, 2), `${key}.pass`)
  }

  /** A stored entry's payload; a damaged one is removed and reported, and null is returned as for an absent one. */
  private read(file: string): Uint8Array | null {
    let stored: Uint8Array
    try {
      stored = readFileSync(file)
    } catch {
      return null
    }
    const payload = unframe(stored)
    if (payload) return payload
    rmSync(file, { force: true })
    this.damaged.push({ file: relative(this.root, file), line: 0, ruleId: 'cache/damaged', message: 'a cache entry was damaged (cut short, emptied or of another format): removed, and what it held built again', fatal: false })
    return null
  }

  private write(file: string, payload: Uint8Array): void {
    mkdirSync(dirname(file), { recursive: true })
    // written whole under another name, then renamed: an entry cut short by a crash is never read
    writeFileSync(`${file}.part`, frame(payload))
    renameSync(`${file}.part`, file)
  }

  /** A cached pass, or null (absent, unreadable or corrupt: the page is built again); counted as a hit. */
  get(key: string): PagePass | null {
    const pass = this.peek(key)
    if (pass) this.hits++
    return pass
  }

  /** A cached pass read again by a later pass of the same build (not counted). */
  peek(key: string): PagePass | null {
    const payload = this.read(this.file(key))
    return payload ? (JSON.parse(new TextDecoder().decode(payload)) as PagePass) : null
  }

  /** Stores a pass; a cache that cannot be written costs speed, never the build. */
  put(key: string, pass: PagePass): void {
    this.misses++
    try {
      this.write(this.file(key), Buffer.from(JSON.stringify(pass)))
    } catch {
      // the later passes build the page again (page-passes.ts passAgain), with what it was built with
    }
  }

  /** The search segments' postings this builder made before (output.ts SegmentCache), kept beside the pages. */
  segments(): SegmentCache {
    const file = (key: string) => join(this.folder, 'segments', `${key}.run`)
    return {
      get: (key) => {
        this.usedSegments.add(`${key}.run`)
        return this.read(file(key))
      },
      put: (key, run) => {
        this.usedSegments.add(`${key}.run`)
        try {
          this.write(file(key), run)
        } catch {
          // a cache that cannot be written costs speed, never the build
        }
      },
    }
  }

  /** Removes the folders of other builder versions, and the search segments this build did not use. */
  prune(): void {
    try {
      const segments = join(this.folder, 'segments')
      for (const e of readdirSync(segments)) if (!this.usedSegments.has(e)) rmSync(join(segments, e), { recursive: true, force: true })
    } catch {
      // no segments yet
    }
    try {
      // (the pages read from PDFs and scans and the builds' records are kept beside the versions: see KEPT_BESIDE)
      for (const e of readdirSync(this.root)) if (e !== this.version && !KEPT_BESIDE.includes(e) && statSync(join(this.root, e)).isDirectory()) rmSync(join(this.root, e), { recursive: true, force: true })
    } catch {
      // nothing to prune
    }
  }
}
