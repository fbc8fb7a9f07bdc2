// Stage: a markdown-like page → article drafts. `#` starts an article; `##` after body text is a section head;
// `#` directly followed by `##` is one article (a notice's issuer over its title).
import { addNames, type ArticleDraft, newDraft, photoDraft, takeByline } from './article-draft'
import { assignLineRoles, clauseMarks, endsMidClause, endsParagraph, visibleLength } from './line-roles'
import type { NormalLine } from './normalize-text'
import type { Segmented } from './segment-articles'
import { pushAll } from '../lib/collections'

const BRACKETED = /^[（(][^（()）]*[)）]$/
/** A notice's date under its signature (2025年1月9日): the end of the text before, never a kicker */
const DATE_LINE = /^\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?$/

export function segmentMarkdown(lines: NormalLine[]): Segmented {
  const drafts: ArticleDraft[] = []
  let current: ArticleDraft | null = null
  const start = () => {
    const d = newDraft()
    d.titleRoles = []
    drafts.push(d)
    return (current = d)
  }
  const inHead = (d: ArticleDraft) => !d.body.length && !d.metaLines.length

  const roled = assignLineRoles(lines)
  let kicker: NormalLine | null = null
  for (const [i, { line, role }] of roled.entries()) {
    const cur = current as ArticleDraft | null
    if (kicker && role.kind !== 'heading') kicker = null
    switch (role.kind) {
      case 'heading': {
        const asLine = { ...line, text: role.text }
        if (role.level === 1 || !cur) {
          const d = start()
          if (kicker && role.level === 1) {
            d.titles.push(kicker)
            d.titleRoles!.push('kicker')
          }
          d.titles.push(asLine)
          d.titleRoles!.push('headline')
          kicker = null
        } else if (inHead(cur) && cur.titleRoles!.every((r) => r === 'headline')) {
          // "# issuer" over "## title": the first is the kicker
          cur.titleRoles = cur.titleRoles!.map(() => 'kicker')
          cur.titles.push(asLine)
          cur.titleRoles!.push('headline')
        } else cur.body.push({ no: line.no, text: role.text, section: true })
        break
      }
      case 'lead':
      case 'byline': {
        takeByline(cur ?? start(), role, line.no)
        break
      }
      case 'credit': {
        const d = cur ?? start()
        addNames(d.byline, { reporters: [], correspondents: [], photographers: role.photographers })
        pushAll(d.metaLines, role.lines.map((l) => l.no))
        break
      }
      case 'caption': {
        // a picture of its own beside the article: the caption does not join its text
        drafts.push(photoDraft(line, role.text, role.photographers))
        break
      }
      case 'continued-from': {
        const d = cur && inHead(cur) ? cur : start()
        d.fromPage = role.fromPage
        d.metaLines.push(line.no)
        if (role.text) d.body.push({ no: line.no, text: role.text })
        break
      }
      case 'teaser-marker':
      case 'continued': {
        const d = cur ?? start()
        // a headline with nothing under it but its page marker is a teaser (asked before the marker's line is kept)
        if (role.kind === 'teaser-marker' && inHead(d)) d.kindHint = 'teaser'
        d.toPage = role.toPage
        const text = role.kind === 'teaser-marker' ? role.title : role.text
        if (text) d.body.push({ no: line.no, text })
        else d.metaLines.push(line.no)
        break
      }
      case 'signed-text': {
        const d = cur ?? start()
        d.body.push({ no: line.no, text: role.text, hardBreak: true })
        addNames(d.byline, role.byline)
        break
      }
      case 'table-row': {
        ;(cur ?? start()).body.push({ no: line.no, text: line.text, cells: role.cells })
        break
      }
      case 'ad':
      case 'text': {
        const t = line.text
        const titleLike = visibleLength(t) <= 40 && !endsParagraph(t) && !endsMidClause(t) && clauseMarks(t) <= 1
        // after an article's text, a title-like line right over a `#` headline is that headline's kicker (a PDF
        // sets a kicker in body type apart)
        const next = roled[i + 1]?.role
        if (cur && !inHead(cur) && role.kind === 'text' && titleLike && !BRACKETED.test(t) && !DATE_LINE.test(t) && next?.kind === 'heading' && next.level === 1) {
          kicker = line
          break
        }
        // …and one right over a 本报讯 lead is the headline of the report the lead opens (a scan's headline in type
        // hardly larger than the body's is not set apart as `#`)
        if (cur && !inHead(cur) && role.kind === 'text' && titleLike && !BRACKETED.test(t) && !DATE_LINE.test(t) && next?.kind === 'lead') {
          const d = start()
          d.titles.push(line)
          d.titleRoles!.push('headline')
          break
        }
        const d = cur ?? start()
        const subtitle = inHead(d) && d.titles.length > 0 && visibleLength(t) <= 40 && (BRACKETED.test(t) || titleLike)
        if (subtitle) {
          d.titles.push(line)
          d.titleRoles!.push('subheadline')
        } else d.body.push({ no: line.no, text: t, hardBreak: line.hardBreak })
        break
      }
    }
  }
  return { drafts, orphanTitles: [] }
}
