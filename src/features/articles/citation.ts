// Citations of an article as their readers parse them: GB/T 7714-2015 for an online newspaper article ([N/OL], with
// the access date), BibTeX (biblatex's EDTF `date`), CSL-JSON and RIS (the tagged form — A1, Y1, T2 — that Zotero,
// EndNote and citation-js all read as authors and a full date). The container is the newspaper's name (平阳报), never
// its county or the masthead's tagline (中共平阳县委机关报 names the publisher). One date for all four, as precise as
// the evidence: a page known only as 2019 is cited as 2019, never 2019-01-01; a page of 9–15 January 2025 is that
// range where a format can hold a range (BibTeX, CSL-JSON) and January 2025 where it cannot (GB/T 7714, RIS).
import type { Article } from '@/shared/corpus-schema'
import { citedDate, edtfDate, issuePreciseDate, type PreciseDate } from '@/shared/precise-date'
import type { ArticleIssue } from '@/shared/view-records'

/** What a citation needs of the page an article was printed on. */
type CitedIssue = Pick<ArticleIssue, 'paper' | 'date' | 'page' | 'publisher' | 'issueNumber'>

export interface CitationContext {
  /** the article's permalink */
  url: string
  /** the day the reader cites it (YYYY-MM-DD): the access date of an online source */
  accessed: string
}

/** Who wrote it: for a photo, who took it (and who wrote its caption); otherwise reporters and correspondents. */
function creatorsOf(a: Article): string[] {
  const { reporters, correspondents, photographers } = a.byline
  return [...new Set(a.kind === 'photo' ? [...photographers, ...reporters] : [...reporters, ...correspondents])]
}

/** Its headline; an untitled photo by its role (图片); other untitled text by its opening words, marked as such. */
function titleOf(a: Article): string {
  if (a.headline) return a.headline
  if (a.kind === 'photo') return '图片'
  const opening = a.paragraphs[0]?.split(/[，。；：！？]/)[0]?.slice(0, 20) ?? ''
  return opening ? `${opening}……` : '[无题]'
}

/** 中共平阳县委机关报 → 中共平阳县委: the body whose organ the paper is. */
const publisherOf = (issue: CitedIssue | null) => issue?.publisher?.replace(/机关报$/, '') || null
const dateOf = (issue: CitedIssue | null): PreciseDate => (issue ? issuePreciseDate(issue.date) : { precision: 'unknown', from: null, to: null, inferred: false })
const sourceNote = (a: Article, p: PreciseDate) =>
  `${a.source.file}, lines ${a.source.lines[0]}-${a.source.lines[1]}${p.inferred ? `; date inferred from the text${p.precision === 'range' ? ` (${p.from}/${p.to})` : ''}` : ''}`

/** 作者. 题名[N/OL]. 报纸名, 出版日期(版次)[引用日期]. 获取和访问路径. — GB/T 7714-2015, 4.4 and 8.2.8 */
export function gbt7714(article: Article, issue: CitedIssue | null, cite: CitationContext): string {
  const creators = creatorsOf(article)
  const authors = creators.length > 3 ? `${creators.slice(0, 3).join(', ')}, 等` : creators.join(', ')
  const page = issue?.page ? `(${issue.page})` : ''
  const date = citedDate(dateOf(issue)) || '出版日期不详'
  return `${authors ? `${authors}. ` : ''}${titleOf(article)}[N/OL]. ${issue?.paper ?? '[报名不详]'}, ${date}${page}[${cite.accessed}]. ${cite.url}`
}

export function bibtex(article: Article, issue: CitedIssue | null, cite: CitationContext): string {
  const p = dateOf(issue)
  const fields: [string, string | null][] = [
    ['title', titleOf(article)],
    ['author', creatorsOf(article).join(' and ') || null],
    ['journaltitle', issue?.paper ?? null],
    ['entrysubtype', 'newspaper'],
    ['publisher', publisherOf(issue)],
    ['date', edtfDate(p)],
    ['number', issue?.issueNumber ? String(issue.issueNumber) : null],
    ['pages', issue?.page ? String(issue.page) : null],
    ['url', cite.url],
    ['urldate', cite.accessed],
    ['note', sourceNote(article, p)],
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

const isoParts = (iso: string) => iso.split('-').map(Number)

/** CSL-JSON (Zotero, citeproc): an article-newspaper item; an inferred date is marked approximate. */
export function cslJson(article: Article, issue: CitedIssue | null, cite: CitationContext): string {
  const p = dateOf(issue)
  const parts = dateParts(p)
  const item = {
    id: article.id,
    type: 'article-newspaper',
    title: titleOf(article),
    author: creatorsOf(article).map((literal) => ({ literal })),
    'container-title': issue?.paper ?? undefined,
    publisher: publisherOf(issue) ?? undefined,
    issued: parts ? { 'date-parts': parts, ...(p.inferred ? { circa: true } : {}) } : undefined,
    issue: issue?.issueNumber ? String(issue.issueNumber) : undefined,
    page: issue?.page ? String(issue.page) : undefined,
    URL: cite.url,
    accessed: { 'date-parts': [isoParts(cite.accessed)] },
    note: sourceNote(article, p),
  }
  return JSON.stringify([item], null, 2)
}

/** RIS's YYYY/MM/DD/ at the date's precision; a range, which RIS cannot hold, as the month or year holding it. */
function risDate(p: PreciseDate): string | null {
  const cited = citedDate(p)
  // a range across two years has no RIS form: the note gives it
  if (!cited || cited.includes('/')) return null
  const parts = cited.split('-')
  return `${parts.join('/')}${'/'.repeat(4 - parts.length)}`
}

/** RIS (EndNote, Zotero, NoteExpress, citation-js): NEWS with A1 authors and a Y1 date. */
export function ris(article: Article, issue: CitedIssue | null, cite: CitationContext): string {
  const p = dateOf(issue)
  const lines: [string, string | null][] = [
    ['TY', 'NEWS'],
    ['T1', titleOf(article)],
    ...creatorsOf(article).map((a): [string, string] => ['A1', a]),
    ['T2', issue?.paper ?? null],
    ['PB', publisherOf(issue)],
    ['Y1', risDate(p)],
    ['IS', issue?.issueNumber ? String(issue.issueNumber) : null],
    ['SP', issue?.page ? String(issue.page) : null],
    ['UR', cite.url],
    ['Y2', cite.accessed.replaceAll('-', '/')],
    ['N1', sourceNote(article, p)],
    ['ER', ''],
  ]
  return lines.filter(([, v]) => v !== null).map(([k, v]) => `${k}  - ${v}`.trimEnd()).join('\n')
}
