// Stage: the facts of the whole corpus — people and their careers, offices, meetings, appointments, figures —
// read from the articles once every page is built (names found on one page are looked for on all).
import type { Article, Figure, Issue, Meeting, Office } from '../../shared/corpus-schema'
import { findAppointments } from './appointments'
import { findFigures } from './figures'
import { linkPeople, regionOfIssue } from './link-people'
import { findMeetings } from './meetings'
import { buildOffices } from './offices'
import { findNameMentions } from './people'

const NO_FACTS = new Set(['ad', 'teaser'])

export function extractFacts(issues: Issue[], articles: Article[]) {
  const issueOf = new Map(issues.map((i) => [i.id, i]))
  const readable = articles.filter((a) => !NO_FACTS.has(a.kind))
  const mentions = readable.flatMap((a) => findNameMentions(a, issueOf.get(a.issueId)?.place ?? null))
  const appointments = readable.flatMap((a) => findAppointments(a, issueOf.get(a.issueId)?.date.value ?? null))
  const { people, finders } = linkPeople(articles, issues, mentions, appointments)
  const meetings: Meeting[] = readable.flatMap((a) => {
    const issue = issueOf.get(a.issueId)!
    const find = finders.get(regionOfIssue(issue) ?? '') ?? (() => [])
    return findMeetings(a, issue, find).map((m, i) => ({ ...m, id: `${a.id}-m${i + 1}` }))
  })
  const figures: Figure[] = readable.flatMap((a) => findFigures(a, issueOf.get(a.issueId)!))
  const offices: Office[] = buildOffices(people)
  return { people, meetings, appointments, figures, offices }
}
