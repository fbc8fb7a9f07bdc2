// An app of its own corpus for a spec: a working folder with the app's public files but not the bundled corpus,
// the builder run on the spec's input into it, the app built around it and served on a free port.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { serveSwitchable } from './static-server'

export interface OwnCorpus {
  work: string
  /** the folder the app is built from; its corpus is `corpus/` under it */
  publicDir: string
}

export function ownCorpusFolder(name: string): OwnCorpus {
  const work = mkdtempSync(join(tmpdir(), `xianbao-${name}-e2e-`))
  const publicDir = join(work, 'public')
  cpSync('public', publicDir, { recursive: true, filter: (src) => !src.includes('/corpus') })
  return { work, publicDir }
}

/** Builds `input` (with more of the CLI's options) into the folder's corpus, builds the app, serves it. */
export async function buildAndServe({ work, publicDir }: OwnCorpus, input: string, args: string[] = []): Promise<{ base: string; close: () => Promise<void> }> {
  execFileSync(process.execPath, ['--import', 'tsx', 'src/corpus/cli.ts', '--in', input, '--out', join(publicDir, 'corpus'), '--quiet', '--no-cache', ...args])
  execFileSync('npx', ['vite', 'build', '--outDir', join(work, 'dist'), '--emptyOutDir', '--logLevel', 'error'], { env: { ...process.env, XIANBAO_PUBLIC_DIR: publicDir } })
  const server = await serveSwitchable(join(work, 'dist'))
  return {
    base: server.origin,
    close: async () => {
      await server.close()
      rmSync(work, { recursive: true, force: true })
    },
  }
}
