// The seed pages' corpora built from another form (PDFs, scans) graded against the seed gold, side by side: the
// gold's files renamed to that form, each corpus graded by the shared grader (../shared/eval/score.mjs), one column a
// corpus. Nothing when the grader is not beside the repo.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** Lines `metric  score hits  score hits …` for the corpora given as [label, folder], pages of extension `ext`. */
export function gradeSideBySide(work: string, ext: string, corpora: [string, string][]): string[] {
  const grader = join('..', 'shared', 'eval', 'score.mjs')
  if (!existsSync(grader)) return []
  const gold = join(work, `gold-${ext}`)
  mkdirSync(gold, { recursive: true })
  for (const f of readdirSync(join('..', 'shared', 'eval', 'gold')).filter((f) => f.endsWith('.json'))) {
    const g = JSON.parse(readFileSync(join('..', 'shared', 'eval', 'gold', f), 'utf8')) as { file: string }
    writeFileSync(join(gold, f), JSON.stringify({ ...g, file: g.file.replace(/\.\w+$/, `.${ext}`) }))
  }
  const scores = corpora.map(([, dir]) => new Map(spawnSync(process.execPath, [grader, dir, '--gold', gold], { encoding: 'utf8' }).stdout.split('\n')
    .filter((l) => /^\S+\s+\d\.\d{3}\s+\d+\/\d+$/.test(l)).map((l) => [l.split(/\s+/)[0]!, l.split(/\s+/).slice(1).join(' ')] as const)))
  const metrics = [...scores[0]!.keys()]
  return [`${'metric'.padEnd(23)}${corpora.map(([label]) => label.padEnd(16)).join('').trimEnd()}`, ...metrics.map((m) => `${m.padEnd(23)}${scores.map((s) => (s.get(m) ?? '').padEnd(16)).join('').trimEnd()}`)]
}
