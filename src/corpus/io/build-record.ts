// The record of the last build into an output folder, kept in the builder's cache: an unchanged rebuild (the
// same pages, builder and build time) finds the output already holds its result and writes nothing — when every
// file of it is still there as it was written (a deleted view or a truncated shard makes the build run again).
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Manifest } from '../../shared/corpus-manifest'

/**
 * What was last built into an output folder (in the cache, by the folder's path): the inputs' key, the corpus
 * version and the exit code. An output whose manifest still names that version holds that build.
 */
export class BuildRecord {
  private readonly file: string
  constructor(cacheRoot: string, private readonly outDir: string) {
    // one folder by whatever path it is named
    let real = outDir
    try {
      real = realpathSync(outDir)
    } catch {
      // not built yet
    }
    this.file = join(cacheRoot, 'builds', `${createHash('sha256').update(real).digest('hex').slice(0, 16)}.json`)
  }

  private read(): { inputsKey: string; corpusVersion: string; code: number; files?: string } | null {
    try {
      return JSON.parse(readFileSync(this.file, 'utf8'))
    } catch {
      return null
    }
  }

  holds(inputsKey: string): boolean {
    const last = this.read()
    if (last?.inputsKey !== inputsKey) return false
    try {
      const manifest = JSON.parse(readFileSync(join(this.outDir, 'manifest.json'), 'utf8')) as Manifest
      return manifest.corpusVersion === last.corpusVersion && last.files === fingerprint(this.outDir)
    } catch {
      return false
    }
  }

  exitCode(): number {
    return this.read()?.code ?? 0
  }

  save(inputsKey: string, code: number): void {
    try {
      const manifest = JSON.parse(readFileSync(join(this.outDir, 'manifest.json'), 'utf8')) as Manifest
      mkdirSync(dirname(this.file), { recursive: true })
      writeFileSync(this.file, JSON.stringify({ inputsKey, corpusVersion: manifest.corpusVersion, code, files: fingerprint(this.outDir) }))
    } catch {
      // without a record the next build is made in full
    }
  }
}


/**
 * Every file of the output with its size and modification time, as one hash: cheap (no file is read), and any file
 * removed, added, cut short or rewritten since the build changes it.
 */
function fingerprint(dir: string): string {
  const hash = createHash('sha256')
  const walk = (folder: string, prefix: string) => {
    for (const e of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(folder, e.name)
      if (e.isDirectory()) walk(path, `${prefix}${e.name}/`)
      else {
        const s = statSync(path)
        hash.update(`${prefix}${e.name}\0${s.size}\0${s.mtimeMs}\n`)
      }
    }
  }
  walk(dir, '')
  return hash.digest('hex')
}
