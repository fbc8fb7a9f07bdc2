// Writes the corpus into a fresh folder beside the output and swaps it in only when every file is written: a full
// disk or a refused write leaves the previous corpus whole.
import { closeSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { CorpusSink } from '../output'
import { ioCode } from './list-pages'

export class CorpusFolder implements CorpusSink {
  private readonly fresh: string
  private readonly previous: string
  private readonly made = new Set<string>()
  bytes = 0
  files = 0

  constructor(private readonly outDir: string) {
    this.fresh = join(dirname(outDir), `.${basename(outDir)}.building-${process.pid}`)
    this.previous = join(dirname(outDir), `.${basename(outDir)}.previous-${process.pid}`)
    this.step(`create ${dirname(outDir)}`, () => {
      mkdirSync(dirname(outDir), { recursive: true })
      rmSync(this.fresh, { recursive: true, force: true })
      mkdirSync(this.fresh)
    })
  }

  /** Runs a file-system step; its failure names the step and what it was done to. */
  private step(what: string, run: () => void) {
    try {
      run()
    } catch (e) {
      throw new CorpusWriteError(`could not ${what} (${ioCode(e)}); nothing was changed in ${this.outDir}`)
    }
  }

  write(path: string, content: string | Uint8Array): void {
    const file = join(this.fresh, path)
    const dir = dirname(file)
    this.step(`write ${join(this.outDir, path)}`, () => {
      if (!this.made.has(dir)) {
        mkdirSync(dir, { recursive: true })
        this.made.add(dir)
      }
      writeFileSync(file, content)
    })
    this.files++
    this.bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.length
  }

  writeParts(path: string, parts: Iterable<string>): void {
    const file = join(this.fresh, path)
    this.step(`write ${join(this.outDir, path)}`, () => {
      mkdirSync(dirname(file), { recursive: true })
      const fd = openSync(file, 'w')
      try {
        for (const part of parts) {
          writeSync(fd, part)
          this.bytes += Buffer.byteLength(part)
        }
      } finally {
        closeSync(fd)
      }
    })
    this.files++
  }

  move(from: string, to: string): void {
    this.step(`rename ${from}`, () => {
      mkdirSync(dirname(join(this.fresh, to)), { recursive: true })
      renameSync(join(this.fresh, from), join(this.fresh, to))
    })
  }

  /** The folder being written (its files are complete once the corpus is written). */
  get path(): string {
    return this.fresh
  }

  /** Swaps the fresh folder in for the output. */
  commit(): void {
    this.step(`replace ${this.outDir}`, () => {
      const exists = statSync(this.outDir, { throwIfNoEntry: false })
      if (exists && !exists.isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' })
      if (exists) renameSync(this.outDir, this.previous)
      renameSync(this.fresh, this.outDir)
      if (exists) rmSync(this.previous, { recursive: true, force: true })
    })
  }

  /** Removes the fresh folder and puts the previous corpus back if it was moved aside. */
  abort(): void {
    try {
      rmSync(this.fresh, { recursive: true, force: true })
      if (statSync(this.previous, { throwIfNoEntry: false }) && !statSync(this.outDir, { throwIfNoEntry: false })) renameSync(this.previous, this.outDir)
    } catch {
      // the folder beside the output could not even be made: there is nothing to clean up
    }
  }
}

export class CorpusWriteError extends Error {}
