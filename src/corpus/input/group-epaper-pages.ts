// Saved e-paper article pages of one printed page put together as that page: an e-paper serves one article a page,
// each marking its date and its page (第01版：要闻), and a folder a mirror keeps holds a day's articles of every page.
// Pages of one folder with the same date and page name become one page text, in the order the e-paper lists them
// (the number in the file name: content_2041 before content_2042), each part named with the line it begins on, so
// every article keeps the saved page it came from. A page that marks no date or no page name stays a page alone.
import { dirname, basename } from 'node:path'

export interface SavedPage {
  path: string
  real: string
  text: string
}

export interface GroupedPage extends SavedPage {
  /** the saved pages a printed page was put together from, and the line of `text` each begins on */
  parts?: { file: string; fromLine: number }[]
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/

/** The front matter's date and page name, as epaper-html writes them (date: 2024-09-12, section: "第01版：要闻"). */
function pageOf(text: string): { front: string; body: string; key: string | null } {
  const m = text.match(FRONT_MATTER)
  if (!m) return { front: '', body: text, key: null }
  const date = m[1]!.match(/^date: (\S+)$/m)?.[1]
  const section = m[1]!.match(/^section: (.+)$/m)?.[1]
  return { front: m[0], body: text.slice(m[0].length).replace(/^\n+/, ''), key: date && section ? `${date}|${section}` : null }
}

/** File names in the e-paper's order: the numbers in them compared as numbers. */
const byListing = (a: string, b: string) => basename(a).localeCompare(basename(b), 'en', { numeric: true })

export function groupSavedPages(pages: readonly SavedPage[]): GroupedPage[] {
  const groups = new Map<string, SavedPage[]>()
  const read = new Map(pages.map((p) => [p.path, pageOf(p.text)]))
  for (const page of pages) {
    const key = read.get(page.path)!.key
    const group = key ? `${dirname(page.path)}|${key}` : `alone|${page.path}`
    const members = groups.get(group)
    if (members) members.push(page)
    else groups.set(group, [page])
  }
  const out: GroupedPage[] = []
  for (const members of groups.values()) {
    if (members.length === 1) {
      out.push(members[0]!)
      continue
    }
    members.sort((a, b) => byListing(a.path, b.path))
    const first = read.get(members[0]!.path)!
    const pieces = [first.front]
    // (lines counted as the pieces are added: the front matter's, then a blank line before each part)
    let lines = first.front.split('\n').length - 1
    const parts: { file: string; fromLine: number }[] = []
    for (const member of members) {
      const body = read.get(member.path)!.body.replace(/\n*$/, '\n')
      parts.push({ file: member.path, fromLine: lines + 2 })
      pieces.push('\n', body)
      lines += 1 + body.split('\n').length - 1
    }
    const text = pieces.join('')
    // the page is named by its folder and its page name: html/2024-09/12/第01版：要闻
    const section = first.key!.slice(first.key!.indexOf('|') + 1).replace(/^"|"$/g, '').replace(/[\\/]/g, '-')
    out.push({ path: `${dirname(members[0]!.path)}/${section}`, real: members[0]!.real, text, parts })
  }
  return out
}
