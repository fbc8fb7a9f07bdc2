// Citations of an article: GB/T 7714 (newspaper article, [N]), BibTeX, CSL-JSON and RIS. Each keeps the date's
// precision (a page known only as 2019 is cited as 2019, never 2019-01-01) and names the paper when it is known.
import type { Article } from '@/shared/corpus-schema'
import { citedDate, issuePreciseDate, type PreciseDate } from '@/shared/precise-date'
import type { ArticleIssue } from '@/shared/view-records'

/** What a citation needs of the page an article was printed on. */
type CitedIssue = Pick<ArticleIssue, 'paper' | 'place' | 'date' | 'page' | 'publisher'>

const authorsOf = (a: Article) => [...a.byline.reporters, ...a.byline.correspondents]
const titleOf = (a: Article) => a.headline ?? a.paragraphs[0]?.slice(0, 20) ?? ''
const paperOf = (issue: CitedIssue | null) => issue?.paper ?? issue?.publisher ?? issue?.place ?? ''
const dateOf = (issue: CitedIssue | null): PreciseDate => (issue ? issuePreciseDate(issue.date) : { precision: 'unknown', from: null, to: null, inferred: false })

export function gbt7714(article: Article, issue: CitedIssue | null, url: string): string {
  const authors = authorsOf(article).slice(0, 3).join(', ')
  const page = issue?.page ? `(${issue.page})` : ''
  return `${authors ? `${authors}. ` : ''}${titleOf(article)}[N]. ${paperOf(issue)}, ${citedDate(dateOf(issue))}${page}. ${url}`
}

export function bibtex(article: Article, issue: CitedIssue | null, url: string): string {
  const date = citedDate(dateOf(issue))
  const fields: [string, string | null][] = [
    ['title', article.headline],
    ['author', authorsOf(article).join(' and ') || null],
    ['journal', paperOf(issue) || null],
    ['date', date || null],
    ['year', date.slice(0, 4) || null],
    ['pages', issue?.page ? String(issue.page) : null],
    ['url', url],
    ['note', `${article.source.file}, lines ${article.source.lines[0]}-${article.source.lines[1]}`],
  ]
  const body = fields.filter(([, v]) => v).map(([k, v]) => `  ${k} = {${v}}`).join(',\n')
  return `@article{${article.id.replace(/[^\w-]/g, '_')},\n${body}\n}`
}

/** date-parts at the date's precision: [[2019]], [[2025, 6, 13]], a range as two parts. */
function dateParts(p: PreciseDate): number[][] | null {
  if (!p.from || !p.to) return null
  const parts = (iso: string, n: number) => iso.split('-').slice(0, n).map(Number)
  if (p.precision === 'day') return [parts(p.from, 3)]
  if (p.precision === 'month') return [parts(p.from, 2)]
  if (p.precision === 'year') return [parts(p.from, 1)]
  return [parts(p.from, 3), parts(p.to, 3)]
}

/** CSL-JSON (Zotero, citeproc): an article-newspaper item; an inferred date is marked approximate. */
export function cslJson(article: Article, issue: CitedIssue | null, url: string): string {
  const p = dateOf(issue)
  const parts = dateParts(p)
  const item = {
    id: article.id,
    type: 'article-newspaper',
    title: titleOf(article),
    author: authorsOf(article).map((literal) => ({ literal })),
    'container-title': paperOf(issue) || undefined,
    issued: parts ? { 'date-parts': parts, ...(p.inferred ? { circa: true } : {}) } : undefined,
    page: issue?.page ? String(issue.page) : undefined,
    URL: url,
    note: `${article.source.file}, lines ${article.source.lines[0]}-${article.source.lines[1]}`,
  }
  return JSON.stringify([item], null, 2)
}

/** RIS (EndNote, Zotero, NoteExpress): NEWS, with the date as YYYY/MM/DD/ at its precision. */
export function ris(article: Article, issue: CitedIssue | null, url: string): string {
  const p = dateOf(issue)
  const parts = dateParts(p)?.[0] ?? []
  const da = parts.length ? `${parts.map((n) => String(n).padStart(2, '0')).join('/')}${'/'.repeat(4 - parts.length)}` : null
  const lines: [string, string | null][] = [
    ['TY', 'NEWS'],
    ['TI', titleOf(article)],
    ...authorsOf(article).map((a): [string, string] => ['AU', a]),
    ['T2', paperOf(issue) || null],
    ['PY', parts[0] ? String(parts[0]) : null],
    ['DA', da],
    ['SP', issue?.page ? String(issue.page) : null],
    ['UR', url],
    ['N1', `${article.source.file}, lines ${article.source.lines[0]}-${article.source.lines[1]}${p.inferred ? '; date inferred from the text' : ''}`],
    ['ER', ''],
  ]
  return lines.filter(([, v]) => v !== null).map(([k, v]) => `${k}  - ${v}`.trimEnd()).join('\n')
}
