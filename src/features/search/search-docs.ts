// Articles as search documents: the text a reader may look for, with what the filters need.
import type { Article, Issue, Person } from '@/corpus/schema'
import { issueDayLabel } from '@/lib/corpus-index'
import type { SearchDoc } from './search-core'

export function toSearchDocs(articles: Article[], issues: Issue[], people: Person[]): SearchDoc[] {
  const issueOf = new Map(issues.map((i) => [i.id, i]))
  const peopleOf = new Map<string, string[]>()
  for (const p of people) for (const id of p.articleIds) peopleOf.set(id, [...(peopleOf.get(id) ?? []), p.name])
  return articles.map((a) => {
    const issue = issueOf.get(a.issueId)
    const byline = [...a.byline.reporters, ...a.byline.correspondents, ...a.byline.photographers].join(' ')
    return {
      id: a.id,
      text: [a.kicker, a.headline, a.subheadline, byline, a.summary, ...a.paragraphs, ...a.tables.flatMap((t) => t.rows.map((r) => r.join(' ')))].filter(Boolean).join('\n'),
      body: a.paragraphs.join('\n'),
      headline: a.headline,
      kind: a.kind,
      place: issue?.place ?? null,
      day: issue?.date.value ?? issue?.date.earliest ?? null,
      dayLabel: issueDayLabel(issue),
      people: peopleOf.get(a.id) ?? [],
    }
  })
}
