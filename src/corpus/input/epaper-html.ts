// Stage: a saved e-paper article page (数字报: one HTML page an article, saved by a browser or a mirror) → a page text
// for the same stages as any page. Read with a real HTML parser (linkedom). Where the e-paper system marks its
// fields — the Founder (方正) systems' `<!--enpproperty <title>…<introtitle>…<subtitle>…<author>…<date>…<nodename>…-->`
// comment and `<founder-title>`-style tags, the article body in `<founder-content>`, `<!--enpcontent-->` or
// `#ozoom` — they are taken as they are: 引题 above the `# ` headline, 副题 under it, `作者：` for the byline, the date
// and page name as front matter. Otherwise the page's visible text is read block by block, without its chrome
// (scripts, navigation, headers and footers, share bars), its first heading the headline; the text stages then find
// the CMS lines (发布时间：, 来源：, 作者：) as on any web copy.
import iconv from 'iconv-lite'
import { parseHTML } from 'linkedom'

/** The fields an e-paper system marks, by the names its systems use (tags in enpproperty or founder-* elements). */
const FIELDS = {
  title: ['title', 'founder-title'],
  kicker: ['introtitle', 'founder-introtitle'],
  subheadline: ['subtitle', 'founder-subtitle'],
  author: ['author', 'founder-author'],
  date: ['date', 'founder-date', 'publishdate'],
  section: ['nodename', 'founder-nodename', 'pagename', 'founder-pagename'],
} as const
type Field = keyof typeof FIELDS
type Doc = ReturnType<typeof parseHTML>['document']
type El = NonNullable<ReturnType<Doc['querySelector']>>

/** Elements whose text is chrome, not the article's. */
const CHROME = 'script, style, noscript, nav, header, footer, aside, form, button, select, iframe, svg'
const CHROME_NAME = /(?:^|[-_\s])(?:nav|menu|footer|header|share|toolbar|breadcrumb|banner|sidebar|copyright|pager|pagination)(?:$|[-_\s\d])/i
const BLOCKS = 'p, div, li, h1, h2, h3, h4, h5, h6, td, br, tr, section, article, blockquote'

/** The page's characters: its declared charset (meta charset or content-type), UTF-8 when it says none. */
function decodeHtml(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1')
  const declared = head.match(/charset\s*=\s*["']?([\w-]+)/i)?.[1]?.toLowerCase()
  if (declared && /^(gb2312|gbk|gb18030|big5)$/.test(declared)) return iconv.decode(Buffer.from(bytes), declared === 'big5' ? 'big5' : 'gb18030')
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '')
}

/** The fields the page marks: enpproperty's tags first, then founder-* elements. */
function markedFields(html: string, document: Doc): Partial<Record<Field, string>> {
  const property = html.match(/<!--\s*enpproperty([\s\S]*?)\/enpproperty\s*-->/i)?.[1] ?? ''
  const out: Partial<Record<Field, string>> = {}
  for (const [field, names] of Object.entries(FIELDS) as [Field, readonly string[]][]) {
    for (const name of names) {
      const inProperty = property.match(new RegExp(`<${name}>([\\s\\S]*?)</${name}>`, 'i'))?.[1]
      const element = name.startsWith('founder-') ? document.querySelector(name)?.textContent : null
      const value = clean(inProperty ?? element ?? '')
      if (value) {
        out[field] = value
        break
      }
    }
  }
  return out
}

const clean = (text: string) => text.replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' ').replace(/[\s\u00a0]+/g, ' ').trim()

/** The article body: where the system marks it, else the element holding the most paragraph text. */
function bodyElement(html: string, document: Doc): El | null {
  const marked = document.querySelector('founder-content') ?? document.querySelector('#ozoom') ?? document.querySelector('article')
  if (marked) return marked
  const enp = html.match(/<!--\s*enpcontent\s*-->([\s\S]*?)<!--\s*\/enpcontent\s*-->/i)?.[1]
  if (enp) return parseHTML(`<html><body><div>${enp}</div></body></html>`).document.querySelector('div')
  let best: El | null = null
  let most = 0
  for (const el of document.querySelectorAll('div, td, section, main')) {
    const text = [...el.querySelectorAll(':scope > p')].reduce((n, p) => n + (p.textContent ?? '').trim().length, 0)
    if (text > most) [best, most] = [el, text]
  }
  return best ?? document.body
}

function commonAncestor(a: El, b: El): El {
  const above = new Set<El>()
  for (let el: El | null = a; el; el = el.parentElement) above.add(el)
  for (let el: El | null = b; el; el = el.parentElement) if (above.has(el)) return el
  return b
}

/** An element's text as lines: one a block (a paragraph, a heading, a cell), chrome left out. */
function linesOf(root: El): string[] {
  for (const el of [...root.querySelectorAll(CHROME)]) el.remove()
  for (const el of [...root.querySelectorAll('[class], [id]')]) if (CHROME_NAME.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) el.remove()
  // a line break at every block boundary, then the text as the browser would show it
  for (const el of root.querySelectorAll(BLOCKS)) el.before(root.ownerDocument.createTextNode('\n'))
  return (root.textContent ?? '').split('\n').map(clean).filter(Boolean)
}

/** A saved e-paper article page as a page text (YAML front matter where the page marks a date or a page name). */
export function epaperPageText(bytes: Uint8Array): string {
  const html = decodeHtml(bytes)
  const { document } = parseHTML(html)
  const fields = markedFields(html, document)
  const marked = bodyElement(html, document)
  const heading = document.querySelector('h1, h2, .title, .article-title')
  const title = fields.title ?? clean(heading?.textContent ?? '')
  // a page that marks no fields prints its date, source and author between its heading and its body (发布时间：…
  // 作者：…): read from the element holding both
  const body = !fields.title && heading && marked ? commonAncestor(heading, marked) : marked
  let lines = body ? linesOf(body) : []
  // the headline as its own line, once, and not again inside the body
  lines = lines.filter((l) => l !== title && l !== fields.kicker && l !== fields.subheadline)
  if (!body || body === document.body) {
    // without a marked body the page's own title block (the first heading and what precedes the body) is read too
    lines = lines.filter((l) => !/^(上一篇|下一篇|返回|打印|关闭|分享|字号)/.test(l))
  }
  const date = fields.date?.match(/(\d{4})[-/年.](\d{1,2})[-/月.](\d{1,2})/)
  // (a page name holds colons: 第01版：要闻; JSON's quoting is YAML's)
  const page = fields.section?.match(/第\s*0*(\d{1,3})\s*版/)?.[1]
  const front = [date ? `date: ${date[1]}-${date[2]!.padStart(2, '0')}-${date[3]!.padStart(2, '0')}` : '', page ? `page: ${page}` : '', fields.section ? `section: ${JSON.stringify(fields.section)}` : ''].filter(Boolean)
  // 引题 over the headline as markdown sets an issuer over a title (# over ##); an author field that names its roles
  // (记者 A 通讯员 B) is a byline line as printed, a bare one the CMS field 作者：
  const author = fields.author && (/记者|通讯员|摄/.test(fields.author) ? fields.author : `作者：${fields.author}`)
  const out = [
    ...(front.length ? ['---', ...front, '---'] : []),
    ...(fields.kicker && title ? [`# ${fields.kicker}`, `## ${title}`] : title ? [`# ${title}`] : []),
    ...(fields.subheadline ? [fields.subheadline] : []),
    ...(author ? [author] : []),
    ...lines,
  ]
  return `${out.join('\n\n')}\n`
}
