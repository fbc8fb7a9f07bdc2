// What the view files are cut from: every page (without its text), a few fields of every article, and the facts,
// with the lookups between them. Small beside the articles themselves, so the builder keeps it for the whole
// corpus while the articles are read page by page.
import type { Appointment, Article, Figure, Issue, Meeting, Person } from '../../shared/corpus-schema'
import { issueDay } from '../../shared/issue-day'
import { nameKeys } from '../../shared/name-keys'
import type { IssueSummary, PersonRef } from '../../shared/view-records'
import type { CorpusFactsResult } from '../facts/facts'
import { groupBy, pushTo } from '../lib/collections'

/** The fields of an article the lists need. */
export interface ArticleMeta {
  id: string
  issueId: string
  headline: string | null
  kind: Article['kind']
  /** the names of its byline: the people who wrote it */
  credited: string[]
}

export const articleMeta = (a: Article): ArticleMeta => ({
  id: a.id, issueId: a.issueId, headline: a.headline, kind: a.kind,
  credited: [...new Set(Object.values(a.byline).flat())],
})

export class ViewContext {
  readonly issueById: Map<string, Issue>
  readonly articleById: Map<string, ArticleMeta>
  readonly personById: Map<string, Person>
  readonly peopleByArticle = new Map<string, Person[]>()
  readonly meetingsByArticle: Map<string, Meeting[]>
  readonly figuresByArticle: Map<string, Figure[]>
  /** pages of one place's (or paper's) day, in page order */
  readonly sameDay: Map<string, Issue[]>
  /** person ids by name and region, for linking the names a meeting lists */
  private readonly personByName = new Map<string, Person[]>()

  constructor(readonly issues: readonly Issue[], readonly articles: readonly ArticleMeta[], readonly facts: CorpusFactsResult) {
    this.issueById = new Map(issues.map((i) => [i.id, i]))
    this.articleById = new Map(articles.map((a) => [a.id, a]))
    this.personById = new Map(facts.people.map((p) => [p.id, p]))
    for (const p of facts.people) {
      for (const id of p.articleIds) pushTo(this.peopleByArticle, id, p)
      pushTo(this.personByName, p.name, p)
    }
    this.meetingsByArticle = groupBy(facts.meetings, (m) => m.articleId)
    this.figuresByArticle = groupBy(facts.figures, (f) => f.articleId)
    this.sameDay = groupBy(issues.filter((i) => i.date.value), dayKey)
    for (const list of this.sameDay.values()) list.sort((a, b) => (a.page ?? 99) - (b.page ?? 99) || (a.id < b.id ? -1 : 1))
    for (const key of this.sameDay.keys()) pushTo(this.daysOfPaper, key.slice(0, key.lastIndexOf('|')), key.slice(key.lastIndexOf('|') + 1))
    for (const [paper, days] of this.daysOfPaper) {
      days.sort()
      days.forEach((day, i) => this.dayIndex.set(`${paper}|${day}`, i))
    }
  }

  /** the days each place's (or paper's) pages were printed on, in order, and each day's place in that list */
  private readonly daysOfPaper = new Map<string, string[]>()
  private readonly dayIndex = new Map<string, number>()

  /** The first page of the paper's issue before (-1) or after (+1) this page's day: 上一期, 下一期. */
  adjacentIssue(of: Issue, step: -1 | 1): Issue | null {
    if (!of.date.value) return null
    const key = dayKey(of)
    const paper = key.slice(0, key.lastIndexOf('|'))
    const day = this.daysOfPaper.get(paper)?.[(this.dayIndex.get(key) ?? -2) + step]
    return day ? this.sameDay.get(`${paper}|${day}`)![0]! : null
  }

  issueOf(articleId: string): Issue | undefined {
    const meta = this.articleById.get(articleId)
    return meta && this.issueById.get(meta.issueId)
  }

  summary(issue: Issue): IssueSummary {
    const first = issue.articleIds.map((id) => this.articleById.get(id)).find((a) => !!a?.headline)
    return {
      id: issue.id, place: issue.place, paper: issue.paper ?? null, page: issue.page, section: issue.section ?? null, date: issue.date,
      day: issueDay(issue), articles: issue.articleIds.length, headline: first ? first.headline : null,
    }
  }

  /** The person a name on an article's page stands for: the one of the page's region, else the only one. */
  personNamed(name: string, articleId: string): Person | undefined {
    const candidates = this.personByName.get(name) ?? []
    const inArticle = this.peopleByArticle.get(articleId)?.find((p) => p.name === name)
    return inArticle ?? (candidates.length === 1 ? candidates[0] : undefined)
  }

  private appointmentsByPerson: Map<string, Appointment[]> | null = null

  /** A person's appointments (the notices whose name stands for them). */
  appointmentsOf(personId: string): Appointment[] {
    if (!this.appointmentsByPerson) {
      this.appointmentsByPerson = new Map()
      for (const a of this.facts.appointments) {
        const p = this.personNamed(a.name, a.articleId)
        if (p) pushTo(this.appointmentsByPerson, p.id, a)
      }
    }
    return this.appointmentsByPerson.get(personId) ?? []
  }

  /** The page `page` of the same paper and day, when the corpus has it. */
  pageOfSameDay(of: Issue, page: number): Issue | null {
    if (!of.date.value) return null
    return this.sameDay.get(dayKey(of))?.find((i) => i.page === page) ?? null
  }
}

const romanizedNames = new Map<string, string>()

export const personRef = (p: Person): PersonRef => {
  // names repeat across articles: their pinyin is worked out once
  let romanized = romanizedNames.get(p.name)
  if (romanized === undefined) romanizedNames.set(p.name, (romanized = nameKeys(p.name).romanized))
  return { id: p.id, name: p.name, kind: p.kind, romanized }
}

/** a day of a place's paper: by place first, for a page 1 may name its paper where the inner pages do not */
export const dayKey = (i: Issue) => `${i.place ?? i.paper ?? ''}|${i.date.value}`
