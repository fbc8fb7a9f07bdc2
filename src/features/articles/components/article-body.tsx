// The article's text: summary box, paragraphs with their section heads, and where it continues. Text only.
import type { Article } from '@/corpus/schema'
import { t } from '@/lib/strings'

export function ArticleBody({ article }: { article: Article }) {
  const headingAt = new Map(article.sections.map((s) => [s.startParagraph, s.heading]))
  return (
    <div className="mt-5 space-y-3 leading-relaxed">
      {article.summary && (
        <aside className="rounded bg-stone-100 p-3 text-sm" aria-label={t.summary}>
          <strong>{t.summary}</strong> {article.summary}
        </aside>
      )}
      {article.paragraphs.map((p, i) => (
        <div key={i}>
          {headingAt.has(i) && <h2 className="mt-4 mb-2 font-bold">{headingAt.get(i)}</h2>}
          <p className="indent-8">{p}</p>
        </div>
      ))}
      {article.toPage && <p className="text-sm text-stone-600">（{t.continuesOn(article.toPage)}）</p>}
    </div>
  )
}
