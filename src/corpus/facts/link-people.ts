// Stage, pass 2: people across the corpus. Names found by the certain patterns of pass 1 are looked for in
// every article of the same region (which also splits runs like 许益伟曾上俊周基斌); each person's roles carry
// the articles, sentences and dates that show them. The same name in two regions is two people.
import { regionOf } from '../lexicon/divisions'
import type { Appointment, Article, ISODate, Issue, Person, Role } from '../../shared/corpus-schema'
import type { NameMention } from './people'
import { byCodePoint, pushAll, pushTo } from '../lib/collections'
import { issuePreciseDate } from '../../shared/precise-date'

/** The certain bounds of a role's sightings, only where it has them: so that day-dated records stay as they were. */
export function seenWithin(r: { firstSeenBy?: ISODate; lastSeenFrom?: ISODate }): { firstSeenBy?: ISODate; lastSeenFrom?: ISODate } {
  return { ...(r.firstSeenBy ? { firstSeenBy: r.firstSeenBy } : {}), ...(r.lastSeenFrom ? { lastSeenFrom: r.lastSeenFrom } : {}) }
}

/** The region a page belongs to: its prefecture city, so that a county's officials and the city's are one pool. */
export function regionOfIssue(issue: Issue | undefined): string | null {
  if (!issue?.place) return null
  return regionOf(issue.place).city ?? issue.place
}

/**
 * People across the corpus, fed page by page: first every page's mentions and appointments (`addMentions`,
 * `addAppointments`), then `link()`, then every article again (`addArticle`) for the names known by then, and
 * `result()`. Each step costs time in proportion to what it is given (sets and maps, never scans of lists), so a
 * corpus of any size is linked in one pass of each kind and the articles need not all be in memory at once.
 */
export class PeopleLinker {
  private readonly people = new Map<string, Person>()
  private readonly roleIndex = new Map<Person, Map<string, Role>>()
  /** the sentences of a role's latest article: mentions come article by article, so only those can repeat */
  private readonly latest = new Map<Role, { articleId: string; sentences: Set<string> }>()
  /** per role, the days its first and last sightings are certain by (they differ from the bounds on pages of a range) */
  private readonly sure = new Map<Role, { firstBy: ISODate | null; lastFrom: ISODate | null }>()
  private linked = false
  private readonly appointments: Appointment[] = []
  private finders: Map<string, NameFinder> | null = null

  /** `issueOfArticle` gives the page an article was printed on (its place and date). */
  constructor(private readonly issueOfArticle: (articleId: string) => Issue | undefined) {}

  private personFor(name: string, region: string | null, kind: Person['kind']): Person {
    const key = `${name}|${region ?? ''}`
    let p = this.people.get(key)
    if (!p) {
      p = { id: region ? `${name}-${region}` : name, name, kind, region, roles: [], articleIds: [] }
      this.people.set(key, p)
    }
    if (rank(kind) > rank(p.kind)) p.kind = kind
    return p
  }

  private regionOfArticle(id: string) {
    return regionOfIssue(this.issueOfArticle(id))
  }

  addMentions(mentions: readonly NameMention[]): void {
    for (const m of mentions) {
      // a national leader (总书记) is one person wherever the page is
      const national = m.roles.length > 0 && m.roles.every((r) => NATIONAL.test(r.title))
      const p = this.personFor(m.name, national ? null : this.regionOfArticle(m.articleId), m.kind)
      for (const r of m.roles) this.addRole(p, r.title, r.place, null, m.articleId, m.sentence)
    }
  }

  /** Appointments are applied in `link`, in the order of their days. */
  addAppointments(appointments: readonly Appointment[]): void {
    pushAll(this.appointments, appointments)
  }

  /** Applies the appointments and makes the name finders of each region; returns them (meetings use them too). */
  link(): Map<string, NameFinder> {
    this.latest.clear()
    this.linked = true
    // in the order of their days, not of the files: the same notices give the same careers however they are named
    for (const a of [...this.appointments].sort(byDay)) {
      const p = this.personFor(a.name, this.regionOfArticle(a.articleId), 'person')
      // a deputy to a congress (县人大代表) is a status, not an office: the person, no role
      if (/代表$/.test(a.title)) continue
      const place = a.org?.match(/^(.+?(?:省|市|县|区))/)?.[1] ?? null
      const role = this.addRole(p, a.title, place, a.org, a.articleId, a.sentence)
      // an appointment dates the role exactly: from (任命, 当选) or until (免去, 辞去) the notice's day
      if (a.date && (a.action === 'appoint' || a.action === 'elect')) role.firstDate = a.date
      if (a.date && (a.action === 'remove' || a.action === 'resign')) {
        role.lastDate = a.date
        if (role.firstDate && role.firstDate > a.date) role.firstDate = null
      }
    }
    const byRegion = new Map<string, string[]>()
    for (const p of this.people.values()) pushTo(byRegion, p.region ?? '', p.name)
    const nationals = byRegion.get('') ?? []
    this.finders = new Map([...byRegion].map(([region, names]) => [region, nameFinder([...names, ...nationals])]))
    return this.finders
  }

  /** Pass 2: an article of the region that names a known person is one of that person's. */
  addArticle(a: Article): void {
    if (!this.finders) throw new Error('PeopleLinker.addArticle before link()')
    const region = this.regionOfArticle(a.id) ?? ''
    const find = this.finders.get(region)
    if (!find) return
    const text = [a.kicker, a.headline, a.subheadline, ...a.paragraphs, ...Object.values(a.byline).flat()].join('\n')
    for (const name of new Set(find(text).map((f) => f.name))) {
      const p = this.people.get(`${name}|${region}`) ?? this.people.get(`${name}|`)!
      // articles come one by one: the person's latest is the only one this can repeat
      if (p.articleIds.at(-1) !== a.id) p.articleIds.push(a.id)
    }
  }

  /** Everyone, by id, each with articles and roles in order. */
  result(): Person[] {
    const list = [...this.people.values()]
    for (const p of list) {
      p.articleIds.sort()
      for (const r of p.roles) {
        const sure = this.sure.get(r)
        // within the bounds a notice may have set (免去 on the 9th, reported on a page of 9–15 January)
        if (!sure || !r.firstDate || !r.lastDate) continue
        if (sure.firstBy && sure.firstBy > r.firstDate && sure.firstBy <= r.lastDate) r.firstSeenBy = sure.firstBy
        if (sure.lastFrom && sure.lastFrom < r.lastDate && sure.lastFrom >= r.firstDate) r.lastSeenFrom = sure.lastFrom
      }
      p.roles.sort((x, y) => byCodePoint(x.firstDate ?? '', y.firstDate ?? '') || byCodePoint(x.title, y.title) || byCodePoint(x.place ?? '', y.place ?? ''))
    }
    return list.sort((a, b) => byCodePoint(a.id, b.id))
  }

  private addRole(p: Person, title: string, place: string | null, org: string | null, articleId: string, sentence: string): Role {
    let roles = this.roleIndex.get(p)
    if (!roles) this.roleIndex.set(p, (roles = new Map()))
    const key = `${title}|${place ?? ''}`
    let role = roles.get(key)
    if (!role) {
      role = { title, place, org, articleIds: [], firstDate: null, lastDate: null, evidence: [] }
      p.roles.push(role)
      roles.set(key, role)
    }
    if (!this.linked) {
      // mentions, article by article: a repeat can only be of the latest article
      let latest = this.latest.get(role)
      if (latest?.articleId !== articleId) this.latest.set(role, (latest = { articleId, sentences: new Set() }))
      if (role.articleIds.at(-1) !== articleId) role.articleIds.push(articleId)
      if (sentence && !latest.sentences.has(sentence) && role.evidence.length < EVIDENCE_KEPT) {
        latest.sentences.add(sentence)
        role.evidence.push({ articleId, sentence })
      }
    } else {
      // an appointment, in the order of days: few, so its evidence is looked up
      if (!role.articleIds.includes(articleId)) role.articleIds.push(articleId)
      if (sentence && !role.evidence.some((e) => e.articleId === articleId && e.sentence === sentence)) role.evidence.push({ articleId, sentence })
    }
    // a page of a range (9–15 January) widens the outer bounds by its whole range, and the certain ones by its ends
    const issue = this.issueOfArticle(articleId)
    const { from, to } = issue ? issuePreciseDate(issue.date) : { from: null, to: null }
    role.firstDate = minDate(role.firstDate, from)
    role.lastDate = maxDate(role.lastDate, to)
    const sure = this.sure.get(role) ?? { firstBy: null, lastFrom: null }
    this.sure.set(role, { firstBy: minDate(sure.firstBy, to), lastFrom: maxDate(sure.lastFrom, from) })
    return role
  }
}

/**
 * Sentences kept as a role's evidence from its sightings (an appointment's notice is always kept): the first ones,
 * in path order. `articleIds` lists every sighting; a county secretary seen in thousands of articles would
 * otherwise carry thousands of sentences through the build and into people.json.
 */
const EVIDENCE_KEPT = 20

const ACTION_ORDER: Record<Appointment['action'], number> = { elect: 0, appoint: 1, resign: 2, remove: 3 }
const byDay = (a: Appointment, b: Appointment) =>
  byCodePoint(a.date ?? '', b.date ?? '') || ACTION_ORDER[a.action] - ACTION_ORDER[b.action] || byCodePoint(a.articleId, b.articleId) || byCodePoint(a.name, b.name)

const NATIONAL = /^(总书记|国家副?主席|国务院副?总理|全国人大常委会副?委员长|全国政协副?主席|中央军委副?主席)$/
const rank = (k: Person['kind']) => (k === 'official' ? 2 : k === 'journalist' ? 1 : 0)

const minDate = (a: ISODate | null, b: ISODate | null) => (!a ? b : !b ? a : a < b ? a : b)
const maxDate = (a: ISODate | null, b: ISODate | null) => (!a ? b : !b ? a : a > b ? a : b)

export type NameFinder = (text: string) => { name: string; at: number }[]

/**
 * Finds the given names in a text, longest first at each position, left to right without overlaps (as a regular
 * expression of the names would, but by set lookups: its cost does not grow with the number of names).
 */
export function nameFinder(names: string[]): NameFinder {
  const set = new Set(names)
  const lengths = [...new Set(names.map((n) => n.length))].sort((a, b) => b - a)
  if (!set.size) return () => []
  return (text) => {
    const out: { name: string; at: number }[] = []
    for (let at = 0; at < text.length; ) {
      const len = lengths.find((l) => set.has(text.slice(at, at + l)))
      if (len) {
        out.push({ name: text.slice(at, at + len), at })
        at += len
      } else at++
    }
    return out
  }
}
