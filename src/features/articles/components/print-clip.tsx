// 原版: the article as printed — the clip of the page's image (made by the builder from the paper's PDF) that holds
// it, beside its text, as every 数字报 lets a reader check a text against print. The clip is the page's image moved
// and scaled inside a box of the article's shape; the whole page is a link away.
import { useT } from '@/lib/i18n'
import { corpusUrl } from '@/lib/corpus-client'

/** Points of margin around the article's box, so that its first and last lines are not cut at the edge. */
const MARGIN = 6

export function PrintClip({ box, print, headline }: { box: [number, number, number, number]; print: { image: string; width: number; height: number }; headline: string }) {
  const t = useT()
  const x = Math.max(0, box[0] - MARGIN)
  const y = Math.max(0, box[1] - MARGIN)
  const w = Math.min(print.width - x, box[2] + 2 * MARGIN)
  const h = Math.min(print.height - y, box[3] + 2 * MARGIN)
  const src = corpusUrl(print.image)
  return (
    <section aria-labelledby="print" className="mt-6">
      <h2 id="print" className="mb-1 font-bold">{t.article.print}</h2>
      <div className="relative w-full max-w-2xl overflow-hidden border border-stone-300 bg-white" style={{ aspectRatio: `${w} / ${h}` }}>
        <img
          src={src}
          alt={t.article.printAlt(headline)}
          className="absolute max-w-none"
          style={{ width: `${(print.width / w) * 100}%`, height: `${(print.height / h) * 100}%`, left: `${(-x / w) * 100}%`, top: `${(-y / h) * 100}%` }}
        />
      </div>
      <p className="mt-1 text-sm"><a href={src} className="underline">{t.article.wholePage}</a></p>
    </section>
  )
}
