// A citation to copy (GB/T 7714, BibTeX, CSL-JSON, RIS) and the article's permalink.
import { useState } from 'react'
import type { Article } from '@/shared/corpus-schema'
import type { ArticleIssue } from '@/shared/view-records'
import { useT } from '@/lib/i18n'
import { bibtex, cslJson, gbt7714, ris } from '../citation'

export function Citation({ article, issue }: { article: Article; issue: ArticleIssue | null }) {
  const t = useT()
  const url = `${location.origin}/articles/${encodeURIComponent(article.id)}`
  const cite = { url, accessed: localToday() }
  const formats = [
    ['GB/T 7714', gbt7714(article, issue, cite)],
    ['BibTeX', bibtex(article, issue, cite)],
    ['CSL-JSON', cslJson(article, issue, cite)],
    ['RIS', ris(article, issue, cite)],
  ] as const
  return (
    <section aria-labelledby="cite">
      <h2 id="cite" className="mb-1 font-bold">{t.article.cite}</h2>
      <CopyBlock name={formats[0][0]} text={formats[0][1]} />
      <details className="mt-2">
        <summary className="cursor-pointer text-stone-700">{formats.slice(1).map(([name]) => name).join(' · ')}</summary>
        {formats.slice(1).map(([name, text]) => (
          <CopyBlock key={name} name={name} text={text} />
        ))}
      </details>
      <p className="mt-2">
        {t.article.permalink}{t.colon}
        <a href={url} className="break-all underline">{url}</a>
      </p>
    </section>
  )
}

/** The reader's today, in their own time zone: the access date of what they cite. */
function localToday(): string {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

function CopyBlock({ name, text }: { name: string; text: string }) {
  const t = useT()
  const [copied, setCopied] = useState(false)
  return (
    <div className="mt-2">
      <div className="flex items-center justify-between">
        <span className="text-stone-600">{name}</span>
        <button
          type="button"
          className="rounded border border-stone-300 px-2 text-xs"
          onClick={() => navigator.clipboard?.writeText(text).then(() => setCopied(true), () => setCopied(false))}
        >
          {copied ? t.article.copied : t.article.copy}
        </button>
      </div>
      <pre className="mt-1 whitespace-pre-wrap break-all rounded bg-stone-100 p-2 text-xs">{text}</pre>
    </div>
  )
}
