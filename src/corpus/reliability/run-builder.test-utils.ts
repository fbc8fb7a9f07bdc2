// Test helper: the builder run as a user runs it, on a folder the test makes, and the checks every case of the
// reliability suite makes of the result — the exit code, the message, the good pages built, no line lost.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import iconv from 'iconv-lite'
import type { Article, Issue } from '../../shared/corpus-schema'
import type { Manifest } from '../../shared/corpus-manifest'
import type { Diagnostic } from '../lib/diagnostics'
import type { CorpusReport } from '../io/corpus-report'

const root = new URL('../../..', import.meta.url).pathname

export interface Run {
  status: number | null
  stderr: string
  out: string
  issues: Issue[]
  articles: Article[]
  diagnostics: Diagnostic[]
  report: CorpusReport | null
}

/** A fresh folder holding the given files (text as UTF-8, bytes as they are). */
export function folderOf(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'xianbao-reliability-'))
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), content)
  }
  return dir
}

/** `args`: more of the CLI's options (`--corrections FILE`). */
export function build(input: string, out = mkdtempSync(join(tmpdir(), 'xianbao-out-')), env: Record<string, string> = {}, args: string[] = []): Run {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/corpus/cli.ts', '--in', input, '--out', out, '--quiet', ...args], {
    cwd: root, encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000', ...env },
  })
  const json = <T>(file: string): T | null => (existsSync(join(out, file)) ? (JSON.parse(readFileSync(join(out, file), 'utf8')) as T) : null)
  const manifest = json<Manifest>('manifest.json')
  const report = json<CorpusReport>('corpus-report.json')
  return {
    status: run.status, stderr: run.stderr, out,
    issues: json<Issue[]>('issues.json') ?? [],
    articles: (manifest?.articleShards ?? []).flatMap((s) => json<Article[]>(s) ?? []),
    diagnostics: Object.values(report?.diagnostics ?? {}).flat(),
    report,
  }
}

const squash = (s: string) => s.replace(/\s+/g, '')
/** What a line may be taken out of the text as: a byline, a credit, a dateline, a jump or continuation marker. */
const STRUCTURAL = /记者|通讯员|摄|讯|电|转|接|版|>>>|编辑|作者/

/**
 * No line of a good page lost or altered without a record: every non-blank line is found in the page's output
 * (its articles and blocks), or stands as a byline or marker, or a diagnostic names it.
 */
export function linesKept(run: Run, input: string, file: string): string[] {
  const bytes = readFileSync(join(input, file))
  const text = isUtf8(bytes) ? bytes.toString('utf8') : iconv.decode(bytes, 'gb18030')
  const issue = run.issues.find((i) => i.source === file)
  if (!issue) return [`${file}: no issue built`]
  const arts = run.articles.filter((a) => a.issueId === issue.id)
  const output = squash([
    ...issue.blocks.flatMap((b) => b.text),
    ...arts.flatMap((a) => [a.kicker, a.headline, a.subheadline, a.summary, ...a.paragraphs, ...a.tables.flatMap((t) => t.rows.flat()), ...Object.values(a.byline).flat()]),
  ].filter(Boolean).join(''))
  const named = new Set(run.diagnostics.filter((d) => d.file === file).map((d) => d.line))
  const lost: string[] = []
  text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).forEach((line, i) => {
    const s = squash(line)
    if (!s || output.includes(s) || named.has(i + 1) || STRUCTURAL.test(s)) return
    lost.push(`${file}:${i + 1}: ${line.trim().slice(0, 40)}`)
  })
  return lost
}

function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return true
  } catch {
    return false
  }
}

/** A good page of our own: masthead-less, two short reports in the plain layout. */
export const GOOD_PAGE = [
  '县人大常委会召开第十次会议',
  '',
  '本报讯（记者 方林）3月2日上午，县十五届人大常委会召开第十次会议。县人大常委会主任吴建国主持会议。',
  '',
  '会议听取了全县生态建设工作情况的报告，共收到代表意见建议38件。',
  '',
  '全县春耕备耕工作全面展开',
  '',
  '本报讯（通讯员 孙红）连日来，全县各乡镇抓紧春耕备耕，累计投入资金1200万元。',
].join('\n')
