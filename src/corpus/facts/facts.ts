// Stage: the facts of the whole corpus — people and their careers, offices, meetings, appointments, figures —
// read from the articles once every page is built (names found on one page are looked for on all). What a fact
// stage cannot place is reported against the article's file and first line.
import type { Reporter } from '../lib/diagnostics'
import type { Article, Figure, Issue, Meeting, Office } from '../../shared/corpus-schema'
import { findAppointments } from './appointments'
import { findFigures } from './figures'
import { linkPeople, regionOfIssue } from './link-people'
import { findMeetings } from './meetings'
import { buildOffices } from './offices'
import { findNameMentions } from './people'

const NO_FACTS = new Set(['ad', 'teaser'])

/** `reportFor(file)` is the reporter of an input file. */
export function extractFacts(issues: Issue[], articles: Article[], reportFor: (file: string) => Reporter) {
  const issueOf = new Map(issues.map((i) => [i.id, i]))
  const readable = articles.filter((a) => !NO_FACTS.has(a.kind))
  const at = (a: Article) => reportFor(a.source.file)
  const mentions = readable.flatMap((a) => findNameMentions({ article: a, home: issueOf.get(a.issueId)?.place ?? null }, at(a)))
  const appointments = readable.flatMap((a) => findAppointments({ article: a, issueDate: issueOf.get(a.issueId)?.date.value ?? null }, at(a)))
  const { people, finders } = linkPeople(articles, issues, mentions, appointments)
  const found: Meeting[] = readable.flatMap((a) => {
    const issue = issueOf.get(a.issueId)!
    const names = finders.get(regionOfIssue(issue) ?? '') ?? (() => [])
    return findMeetings({ article: a, issue, names }, at(a)).map((m, i) => ({ ...m, id: `${a.id}-m${i + 1}` }))
  })
  const meetings = withoutCaptionRepeats(found, new Map(articles.map((a) => [a.id, a])))
  const figures: Figure[] = readable.flatMap((a) => findFigures({ article: a, issue: issueOf.get(a.issueId)! }, at(a)))
  const offices: Office[] = buildOffices(people)
  return { people, meetings, appointments, figures, offices }
}

/** A photo's caption names the meeting its article reports (…会议开幕。记者 A 摄): one meeting, the article's. */
function withoutCaptionRepeats(meetings: Meeting[], articleOf: Map<string, Article>): Meeting[] {
  const key = (m: Meeting) => `${articleOf.get(m.articleId)?.issueId}|${m.name}|${m.date.value}`
  const reported = new Set(meetings.filter((m) => articleOf.get(m.articleId)?.kind !== 'photo').map(key))
  return meetings.filter((m) => articleOf.get(m.articleId)?.kind !== 'photo' || !reported.has(key(m)))
}
