// `npm start` and `npm run dev` on a folder with a bad page: the builder exits 1 (built, with files it could not
// read) and the app must still be built and served; on exit 2 (nothing written) it must stop.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const scripts = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> }).scripts

describe.each(['start', 'dev'])('npm run %s', (name) => {
  /** The script with the builder replaced by a command exiting `code`, and the app by a word it prints. */
  const run = (code: number) => {
    const script = scripts[name]!.replace('npm run corpus', `sh -c 'exit ${code}'`).replace(/vite( build)?.*$/, 'echo served')
    return spawnSync('sh', ['-c', script], { encoding: 'utf8' }).stdout.trim()
  }

  it('serves a full build and a partial one (exit 1), not a build that wrote nothing (exit 2)', () => {
    expect(scripts[name]).toContain('npm run corpus')
    expect([run(0), run(1), run(2)]).toEqual(['served', 'served', ''])
  })
})
