// Stage: the facts of the whole corpus — people and their careers, offices, meetings, appointments, figures.
// They are read in two passes, so that a corpus of any size can be read page by page without holding its
// articles: `pageFacts` reads what one page shows by itself (names after titles, appointments, figures) and may
// run where the page is built; `CorpusFacts` gathers them, links people across the corpus, then reads every
// article once more for the names known by then and the meetings they chaired. What a fact stage cannot place is
// reported against the article's file and first line.
import type { Reporter } from '../lib/diagnostics'
import type { Appointment, Article, CorrectionRecord, Figure, Issue, Meeting, Office, Person } from '../../shared/corpus-schema'
import { CorrectionLog, correctPeople, correctRecords } from '../corrections/apply-corrections'
import type { Correction } from '../corrections/parse-corrections'
import { findAppointments } from './appointments'
import { findFigures } from './figures'
import { type NameFinder, PeopleLinker, regionOfIssue } from './link-people'
import { findMeetings } from './meetings'
import { buildOffices } from './offices'
import { findNameMentions, type NameMention } from './people'
import { pushAll } from '../lib/collections'
import { yearOfDate } from '../lib/dates'

const NO_FACTS = new Set(['ad', 'teaser'])

/** What one page shows by itself: pass 1. */
export interface PageFacts {
  mentions: NameMention[]
  appointments: Appointment[]
  figures: Figure[]
}

export interface CorpusFactsResult {
  people: Person[]
  meetings: Meeting[]
  appointments: Appointment[]
  figures: Figure[]
  offices: Office[]
  /** every entry of the corrections file, applied or matching nothing */
  corrections: CorrectionRecord[]
}

/** Pass 1 over the articles of one page. */
export function pageFacts(issue: Issue, articles: readonly Article[], report: Reporter): PageFacts {
  const readable = articles.filter((a) => !NO_FACTS.has(a.kind))
  return {
    mentions: readable.flatMap((article) => findNameMentions({ article, home: issue.place }, report)),
    appointments: readable.flatMap((article) => findAppointments({ article, issueDate: issue.date.value, issueYear: yearOfDate(issue.date) }, report)),
    figures: readable.flatMap((article) => findFigures({ article, issue }, report)),
  }
}

/**
 * The corpus's facts, fed page by page: `addPage` with every page's pass-1 facts, then `link()`, then `readPage`
 * with every page's articles again (in the same order), then `result()`. `issueOfArticle` gives an article's page.
 */
export class CorpusFacts {
  private readonly linker: PeopleLinker
  private readonly appointments: Appointment[] = []
  private readonly figures: Figure[] = []
  private readonly meetings: Meeting[] = []
  /** meetings of photo captions, kept if their article's page reports no meeting of the name and day */
  private readonly captionMeetings: Meeting[] = []
  private readonly reported = new Set<string>()
  private finders: Map<string, NameFinder> | null = null

  /** `corrections`: a historian's, applied to the people once they are linked; `log` records what each did */
  constructor(
    private readonly issueOfArticle: (articleId: string) => Issue | undefined,
    private readonly corrections: readonly Correction[] = [],
    private readonly log = new CorrectionLog(),
  ) {
    this.linker = new PeopleLinker(issueOfArticle)
  }

  addPage(facts: PageFacts): void {
    this.linker.addMentions(facts.mentions)
    this.linker.addAppointments(facts.appointments)
    pushAll(this.appointments, facts.appointments)
    pushAll(this.figures, facts.figures)
  }

  link(): void {
    this.finders = this.linker.link()
  }

  /** Pass 2 over the articles of one page: the people they name and the meetings they report. */
  readPage(issue: Issue, articles: readonly Article[], report: Reporter): void {
    if (!this.finders) throw new Error('CorpusFacts.readPage before link()')
    const names = this.finders.get(regionOfIssue(issue) ?? '') ?? (() => [])
    for (const a of articles) {
      this.linker.addArticle(a)
      if (NO_FACTS.has(a.kind)) continue
      findMeetings({ article: a, issue, names }, report).forEach((m, i) => {
        const meeting = { ...m, id: `${a.id}-m${i + 1}` }
        // a photo's caption names the meeting its article reports (…会议开幕。记者 A 摄): one meeting, the article's
        if (a.kind === 'photo') this.captionMeetings.push(meeting)
        else this.reported.add(`${issue.id}|${m.name}|${m.date.value}`)
        this.meetings.push(meeting)
      })
    }
  }

  result(): CorpusFactsResult {
    const repeats = new Set(this.captionMeetings.filter((m) => this.reported.has(`${this.issueOfArticle(m.articleId)?.id}|${m.name}|${m.date.value}`)))
    const people = correctPeople(this.linker.result(), this.corrections, this.issueOfArticle, this.log)
    const records = correctRecords({ meetings: this.meetings.filter((m) => !repeats.has(m)), figures: this.figures, appointments: this.appointments }, this.corrections, this.log)
    return {
      people, ...records, offices: buildOffices(people),
      // in the order of the file
      corrections: [...this.log.records].sort((a, b) => a.line - b.line),
    }
  }
}
