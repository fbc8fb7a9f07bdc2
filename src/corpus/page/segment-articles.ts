// Stage: the lines of a page (plain paragraphs or narrow PDF columns) → article drafts in reading order, and
// the headline lines that stand apart from any article (printed after the bodies), to be matched by content.
import type { Reporter } from '../lib/diagnostics'
import { isIndented, type LayoutFacts } from './layout'
import type { NormalLine } from './normalize-text'
import { addNames, type ArticleDraft, isBriefColumn, newDraft, photoDraft, takeByline } from './article-draft'
import { assignLineRoles, clauseMarks, endsMidClause, endsParagraph, type RoledLine, visibleLength } from './line-roles'
import { pushAll } from '../lib/collections'

export interface Segmented {
  drafts: ArticleDraft[]
  /** runs of headline-like lines that no article claimed by position */
  orphanTitles: NormalLine[][]
}

type Cls = 'title' | 'body' | 'other'
interface Item extends RoledLine {
  cls: Cls
  /** running text that stands alone under headline lines: a photo caption */
  caption?: boolean
}

/** A label of a summary box printed above an article: its text is the article's summary. */
const BOX_LABEL = /^(阅读提示|内容提要|提要|导读|编者按|核心提示)[:：]?$/
const CONTINUES_ABOVE = /^[，。、；：！？）”』」,.;:!?)]/
/** A line this long is running text even without punctuation: headlines are shorter. */
const LONG_LINE = 32
const CAPTION_MIN = 10
const CAPTION_MAX = 40
/** A paragraph's first line is indented by two characters in print. */
const INDENT = 2

export function segmentArticles(lines: NormalLine[], layout: LayoutFacts, report: Reporter): Segmented {
  const items = classify(assignLineRoles(lines), layout)
  return buildDrafts(items, report)
}

/** Marks each text line as a headline candidate or running text, following open paragraphs. */
function classify(roled: RoledLine[], layout: LayoutFacts): Item[] {
  const items: Item[] = []
  let open = false
  for (const r of roled) {
    let cls: Cls = 'other'
    if (r.role.kind === 'text') {
      const t = r.line.text
      cls = open || !isTitleLike(t) ? 'body' : 'title'
      // a line that opens with a comma or a closing mark goes on from the line above: neither is a headline
      if (CONTINUES_ABOVE.test(t)) {
        cls = 'body'
        for (let k = items.length - 1; k >= 0 && items[k]!.cls === 'title'; k--) items[k]!.cls = 'body'
      }
      open = cls === 'body' && !endsParagraph(t)
    } else if (r.role.kind === 'signed-text') {
      // running text that ends its article: it closes any paragraph open above it
      cls = 'body'
      open = false
    } else if (r.role.kind === 'table-row') {
      cls = 'body'
      open = false
    } else if (r.role.kind === 'lead') {
      open = r.role.rest !== '' && !endsParagraph(r.role.rest)
    } else open = false
    items.push({ ...r, cls })
  }
  // A headline-like run directly followed by running text of the column's width is that text's beginning
  // (a narrow column's first line has no punctuation to tell it from a headline). Read back from the text.
  for (let i = 0; i < items.length; i++) {
    if (items[i]!.cls !== 'title') continue
    let j = i
    while (j < items.length && items[j]!.cls === 'title') j++
    const next = items[j]
    if (next?.cls === 'body') {
      let after = next.line
      for (let k = j - 1; k >= i; k--) {
        if (!continuesInto(items[k]!.line, after, layout)) break
        items[k]!.cls = 'body'
        after = items[k]!.line
      }
      if (items[j - 1]!.cls === 'title' && isLoneCaption(items, j)) next.caption = true
    }
    i = j - 1
  }
  return items
}

/**
 * Whether a line can stand before `after` in one paragraph. Lines of a column paragraph fill the column; the
 * first may be indented by two characters, the last (the tail, ending the paragraph) may be shorter. Where the
 * page marks paragraphs, an indented line or one after a blank line starts a paragraph of its own: the line
 * above it ends one (a headline run straight into the body, 某县召开… / (indent)10月25日，…).
 */
function continuesInto(line: NormalLine, after: NormalLine, layout: LayoutFacts): boolean {
  // (a line with a comma in it is more likely a paragraph broken by a page or column break)
  const headlineLike = clauseMarks(line.text) === 0
  if (headlineLike && layout.indentsMark && isIndented(after)) return false
  if (headlineLike && layout.blanksMark && after.no > line.no + 1) return false
  const w = visibleLength(line.text) + INDENT
  // a long line is running text in a narrow column; on a page of whole paragraphs, unless a comma says so, it
  // may be a long headline
  if ((layout.layout === 'columns' || !headlineLike) && visibleLength(line.text) > LONG_LINE) return true
  return endsParagraph(after.text) ? w >= visibleLength(after.text) : w >= 0.9 * visibleLength(after.text)
}

/** One sentence standing alone under headline lines with only headlines after it: a photo caption. */
function isLoneCaption(items: Item[], at: number): boolean {
  const text = items[at]!.line.text
  const oneSentence = (text.match(/[。！？]/g) ?? []).length === 1
  const len = visibleLength(text)
  return endsParagraph(text) && oneSentence && len >= CAPTION_MIN && len <= CAPTION_MAX && items.slice(at + 1).every((it) => it.cls === 'title')
}

function isTitleLike(text: string): boolean {
  return !endsParagraph(text) && !endsMidClause(text) && visibleLength(text) <= 60 && clauseMarks(text) <= 1
}

function buildDrafts(items: Item[], report: Reporter): Segmented {
  const drafts: ArticleDraft[] = []
  const orphanTitles: NormalLine[][] = []
  let current: ArticleDraft | null = null
  let pendingTitles: NormalLine[] = []
  let pendingMeta: ArticleDraft | null = null // credits seen between a headline and its byline
  let summaryFor: NormalLine[] | null = null

  const start = (d: ArticleDraft) => {
    drafts.push(d)
    current = d
    return d
  }
  const takePendingInto = (d: ArticleDraft) => {
    d.titles = pendingTitles
    pendingTitles = []
    if (pendingMeta) {
      addNames(d.byline, pendingMeta.byline)
      pushAll(d.metaLines, pendingMeta.metaLines)
      pendingMeta = null
    }
    if (summaryFor) {
      d.summary = summaryFor
      summaryFor = null
    }
  }

  for (let i = 0; i < items.length; i++) {
    const it = items[i]!
    const { line, role } = it
    switch (role.kind) {
      case 'lead':
      case 'byline': {
        const cur = current as ArticleDraft | null
        // A byline line right under the running text of an article that has none closes it: briefs printed
        // without headlines each end with their own (…听取意见建议。 / 本报记者_许洋洋).
        if (role.kind === 'byline' && cur && closesBrief(cur, items[i - 1], pendingTitles)) {
          addNames(cur.byline, role.byline)
          cur.metaLines.push(line.no)
          cur.closed = true
          break
        }
        // 简讯 / 本报讯 … / 本报讯 …: the items of a column of briefs under one heading are one article
        if (role.kind === 'lead' && cur && cur.body.length && !pendingTitles.length && isBriefColumn(cur)) {
          takeByline(cur, role, line.no)
          break
        }
        // "□ 记者 A" followed by "本报讯 …": one article
        const continuesByline = cur && !cur.body.length && cur.metaLines.length && !pendingTitles.length
        const d = continuesByline ? cur : start(newDraft())
        if (!continuesByline) takePendingInto(d)
        takeByline(d, role, line.no)
        break
      }
      case 'credit': {
        const nextRole = items[i + 1]?.role.kind
        const belongsToNext = pendingTitles.length > 0 || nextRole === 'lead' || nextRole === 'byline' || !current
        const holder: ArticleDraft = belongsToNext ? (pendingMeta ??= newDraft()) : current!
        holder.byline.photographers.push(...role.photographers.filter((n) => !holder.byline.photographers.includes(n)))
        pushAll(holder.metaLines, role.lines.map((l) => l.no))
        if (!belongsToNext) holder.closed = true
        break
      }
      case 'caption': {
        // a picture of its own beside the article it stands in: the article goes on after it
        drafts.push(photoDraft(line, role.text, role.photographers))
        break
      }
      case 'teaser-marker': {
        // a stray character before the marker (O>>>3版, OCR of a bullet) is no title: reported, kept in the line
        const stray = role.title !== '' && !/[\u4e00-\u9fff].*[\u4e00-\u9fff]|[A-Za-z0-9]{3,}/.test(role.title)
        if (stray) report.warn('segment/stray-before-marker', `"${role.title}" before a ">>>" marker is read as no title`, line.no)
        const title = stray ? '' : role.title
        const titles = title ? [...pendingTitles, { ...line, text: title }] : pendingTitles
        pendingTitles = []
        if (titles.length) {
          const d = start(newDraft(titles))
          d.kindHint = 'teaser'
          d.toPage = role.toPage
          d.closed = true
          if (!title) d.metaLines.push(line.no)
        } else if (current) {
          ;(current as ArticleDraft).toPage = role.toPage
          ;(current as ArticleDraft).metaLines.push(line.no)
        } else {
          // kept as a line of its own: it matches no article, so it ends in an "other" block, not nowhere
          report.warn('segment/teaser-without-title', 'a ">>>" teaser marker with no headline before it', line.no)
          orphanTitles.push([line])
        }
        break
      }
      case 'continued-from': {
        // the tail of an article from another page opens an article here, headed by any title above it
        const d = start(newDraft())
        takePendingInto(d)
        d.fromPage = role.fromPage
        d.metaLines.push(line.no)
        if (role.text) d.body.push({ no: line.no, text: role.text })
        break
      }
      case 'continued': {
        const d = current ?? start(newDraft())
        if (role.text) d.body.push({ no: line.no, text: role.text })
        else d.metaLines.push(line.no)
        d.toPage = role.toPage
        d.closed = true
        break
      }
      case 'ad': {
        const prev = items[i - 1]
        const cur = current as ArticleDraft | null
        if (cur?.kindHint === 'ad' && prev?.role.kind === 'ad') cur.body.push({ no: line.no, text: line.text })
        else {
          if (pendingTitles.length) orphanTitles.push(pendingTitles)
          pendingTitles = []
          const d = start(newDraft([line]))
          d.kindHint = 'ad'
          d.closed = true
        }
        break
      }
      case 'signed-text': {
        const cur = current as ArticleDraft | null
        const d = cur && !cur.closed && !cur.kindHint && !pendingTitles.length ? cur : start(newDraft())
        if (d !== cur) takePendingInto(d)
        d.body.push({ no: line.no, text: role.text })
        addNames(d.byline, role.byline)
        d.closed = true
        break
      }
      case 'heading':
      case 'table-row':
      case 'text': {
        if (it.cls === 'title') {
          pendingTitles.push(line)
          break
        }
        const piece = { no: line.no, text: line.text, ...(role.kind === 'table-row' ? { cells: role.cells } : {}) }
        const cur = current as ArticleDraft | null
        // a box label (阅读提示) opens a summary: its first lines may look like headlines in a narrow column
        if (pendingTitles.length && BOX_LABEL.test(pendingTitles[0]!.text)) {
          const box = [...pendingTitles, line]
          pendingTitles = []
          while (!endsParagraph(items[i]!.line.text) && items[i + 1]?.role.kind === 'text') box.push(items[++i]!.line)
          summaryFor = box
          break
        }
        if (pendingTitles.length) {
          if (cur && !cur.closed && cur.kindHint !== 'ad' && !it.caption && isSectionRun(pendingTitles)) {
            for (const t of pendingTitles) cur.body.push({ no: t.no, text: t.text, section: true })
            pendingTitles = []
            cur.body.push(piece)
          } else {
            const d = start(newDraft())
            takePendingInto(d)
            d.body.push(piece)
          }
        } else if (cur && !cur.closed && cur.kindHint !== 'teaser' && cur.kindHint !== 'ad') cur.body.push(piece)
        else {
          const d = start(newDraft())
          takePendingInto(d)
          d.body.push(piece)
        }
        break
      }
    }
  }
  if (pendingTitles.length) orphanTitles.push(pendingTitles)
  if (pendingMeta || summaryFor) takePendingInto(start(newDraft()))
  return { drafts, orphanTitles }
}

function closesBrief(cur: ArticleDraft, prev: Item | undefined, pendingTitles: NormalLine[]): boolean {
  const writers = cur.byline.reporters.length + cur.byline.correspondents.length
  return !pendingTitles.length && !cur.closed && !writers && cur.body.length > 0 && !cur.kindHint &&
    prev?.cls === 'body' && endsParagraph(prev.line.text)
}

/** Section heads inside an article: one or two short lines between paragraphs. */
function isSectionRun(titles: NormalLine[]): boolean {
  return titles.length <= 2 && titles.every((l) => visibleLength(l.text) <= 30)
}

