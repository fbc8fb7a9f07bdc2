// Citations of an article: GB/T 7714 (newspaper article, [N]) and BibTeX.
import type { Article } from '@/shared/corpus-schema'
import type { ArticleIssue } from '@/shared/views'

/** What a citation needs of the page an article was printed on. */
type CitedIssue = Pick<ArticleIssue, 'paper' | 'place' | 'date' | 'page' | 'publisher'>

export function gbt7714(article: Article, issue: CitedIssue | null, url: string): string {
  const authors = [...article.byline.reporters, ...article.byline.correspondents].slice(0, 3).join(', ')
  const paper = issue?.paper ?? issue?.publisher ?? issue?.place ?? ''
  const date = issue?.date.value ?? issue?.date.earliest ?? ''
  const title = article.headline ?? article.paragraphs[0]?.slice(0, 20) ?? ''
  const page = issue?.page ? `(${issue.page})` : ''
  return `${authors ? `${authors}. ` : ''}${title}[N]. ${paper}, ${date}${page}. ${url}`
}

export function bibtex(article: Article, issue: CitedIssue | null, url: string): string {
  const fields: [string, string | null][] = [
    ['title', article.headline],
    ['author', [...article.byline.reporters, ...article.byline.correspondents].join(' and ') || null],
    ['journal', issue?.paper ?? issue?.place ?? null],
    ['date', issue?.date.value ?? null],
    ['year', (issue?.date.value ?? issue?.date.earliest)?.slice(0, 4) ?? null],
    ['pages', issue?.page ? String(issue.page) : null],
    ['url', url],
    ['note', `${article.source.file}, lines ${article.source.lines[0]}-${article.source.lines[1]}`],
  ]
  const body = fields.filter(([, v]) => v).map(([k, v]) => `  ${k} = {${v}}`).join(',\n')
  return `@article{${article.id.replace(/[^\w-]/g, '_')},\n${body}\n}`
}
