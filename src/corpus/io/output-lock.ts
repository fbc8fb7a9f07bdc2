// One build at a time into an output folder: a lock file beside it holds the builder's pid. A second build refuses
// with a message instead of racing the first between its commit and its record; a lock whose process is gone (a
// build killed) is stale and taken over. What killed builds leave beside the output is cleaned up here too.
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'

/** Whether a process of this pid is running (a pid we may not signal is running too). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** The lock of the output folder, taken; or the pid of the build that holds it. */
export function lockOutput(outDir: string): { release(): void } | { heldBy: number } {
  const file = join(dirname(outDir), `.${basename(outDir)}.lock`)
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' })
      return { release: () => rmSync(file, { force: true }) }
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return { release: () => undefined }
      const holder = Number(readFileSync(file, 'utf8').trim())
      if (Number.isInteger(holder) && holder > 0 && alive(holder)) return { heldBy: holder }
      // a build that was killed: its lock is stale
      rmSync(file, { force: true })
    }
  }
  return { release: () => undefined }
}

const PID_SUFFIX = /^(.*)-(\d+)$/

/**
 * Removes what builds killed before they finished left behind: the folder a build was writing, and the previous
 * corpus a build had moved aside (put back when the output is missing: the kill came between the two renames of
 * its commit), and the temporary page stores of builds without a cache. Only those of processes no longer running.
 */
export function cleanStale(outDir: string): string[] {
  const parent = dirname(outDir)
  const prefix = `.${basename(outDir)}.`
  const removed: string[] = []
  const stale = (name: string) => {
    const m = PID_SUFFIX.exec(name)
    return !!m && Number(m[2]) !== process.pid && !alive(Number(m[2]))
  }
  const names = statSync(parent, { throwIfNoEntry: false })?.isDirectory() ? readdirSync(parent) : []
  for (const name of names.filter((n) => n.startsWith(prefix) && stale(n))) {
    const path = join(parent, name)
    if (name.startsWith(`${prefix}previous-`) && !statSync(outDir, { throwIfNoEntry: false })) renameSync(path, outDir)
    else rmSync(path, { recursive: true, force: true })
    removed.push(name)
  }
  for (const name of readdirSync(tmpdir()).filter((n) => n.startsWith(TEMP_PAGES) && stale(n.slice(0, n.lastIndexOf('.'))))) {
    rmSync(join(tmpdir(), name), { recursive: true, force: true })
    removed.push(name)
  }
  return removed
}

/** The temporary page store of a build without a cache: `xianbao-pages-<pid>.<random>` in the system's temp folder. */
const TEMP_PAGES = 'xianbao-pages-'
export const tempPagesPrefix = () => join(tmpdir(), `${TEMP_PAGES}${process.pid}.`)
