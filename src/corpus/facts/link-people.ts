// Stage, pass 2: people across the corpus. Names found by the certain patterns of pass 1 are looked for in
// every article of the same region (which also splits runs like 许益伟曾上俊周基斌); each person's roles carry
// the articles, sentences and dates that show them. The same name in two regions is two people.
import { regionOf } from '../lib/places'
import type { Appointment, Article, ISODate, Issue, Person, Role } from '../../shared/corpus-schema'
import type { NameMention } from './people'
import { byCodePoint } from '../lib/collections'


interface Context {
  issueOf: Map<string, Issue>
}

/** The region a page belongs to: its prefecture city, so that a county's officials and the city's are one pool. */
export function regionOfIssue(issue: Issue | undefined): string | null {
  if (!issue?.place) return null
  return regionOf(issue.place).city ?? issue.place
}

export function linkPeople(articles: Article[], issues: Issue[], mentions: NameMention[], appointments: Appointment[]) {
  const ctx: Context = { issueOf: new Map(issues.map((i) => [i.id, i])) }
  const articleIssue = new Map(articles.map((a) => [a.id, ctx.issueOf.get(a.issueId)]))
  const regionOfArticle = (id: string) => regionOfIssue(articleIssue.get(id))
  const people = new Map<string, Person>()
  const personFor = (name: string, region: string | null, kind: Person['kind']) => {
    const key = `${name}|${region ?? ''}`
    let p = people.get(key)
    if (!p) {
      p = { id: region ? `${name}-${region}` : name, name, kind, region, roles: [], articleIds: [] }
      people.set(key, p)
    }
    if (rank(kind) > rank(p.kind)) p.kind = kind
    return p
  }

  for (const m of mentions) {
    // a national leader (总书记) is one person wherever the page is
    const national = m.roles.length > 0 && m.roles.every((r) => NATIONAL.test(r.title))
    const p = personFor(m.name, national ? null : regionOfArticle(m.articleId), m.kind)
    for (const r of m.roles) addRole(p, r.title, r.place, null, m.articleId, m.sentence, articleIssue.get(m.articleId))
  }
  // in the order of their days, not of the files: the same notices give the same careers however they are named
  for (const a of [...appointments].sort(byDay)) {
    const p = personFor(a.name, regionOfArticle(a.articleId), 'person')
    const place = a.org?.match(/^(.+?(?:省|市|县|区))/)?.[1] ?? null
    const role = addRole(p, a.title, place, a.org, a.articleId, a.sentence, articleIssue.get(a.articleId))
    // an appointment dates the role exactly: from (任命, 当选) or until (免去, 辞去) the notice's day
    if (a.date && (a.action === 'appoint' || a.action === 'elect')) role.firstDate = a.date
    if (a.date && (a.action === 'remove' || a.action === 'resign')) {
      role.lastDate = a.date
      if (role.firstDate && role.firstDate > a.date) role.firstDate = null
    }
  }

  // pass 2: every article of the region that names a known person
  const byRegion = new Map<string, Person[]>()
  for (const p of people.values()) byRegion.set(p.region ?? '', [...(byRegion.get(p.region ?? '') ?? []), p])
  const nationals = byRegion.get('') ?? []
  const finders = new Map([...byRegion].map(([region, list]) => [region, nameFinder([...list, ...nationals].map((p) => p.name))]))
  for (const a of articles) {
    const region = regionOfArticle(a.id) ?? ''
    const find = finders.get(region)
    if (!find) continue
    const text = [a.kicker, a.headline, a.subheadline, ...a.paragraphs, ...Object.values(a.byline).flat()].join('\n')
    for (const name of new Set(find(text).map((f) => f.name))) {
      const p = people.get(`${name}|${region}`) ?? people.get(`${name}|`)!
      if (!p.articleIds.includes(a.id)) p.articleIds.push(a.id)
    }
  }
  const list = [...people.values()]
  for (const p of list) {
    p.articleIds.sort()
    p.roles.sort((x, y) => byCodePoint(x.firstDate ?? '', y.firstDate ?? '') || byCodePoint(x.title, y.title) || byCodePoint(x.place ?? '', y.place ?? ''))
  }
  return { people: list.sort((a, b) => byCodePoint(a.id, b.id)), finders }
}

const ACTION_ORDER: Record<Appointment['action'], number> = { elect: 0, appoint: 1, resign: 2, remove: 3 }
const byDay = (a: Appointment, b: Appointment) =>
  byCodePoint(a.date ?? '', b.date ?? '') || ACTION_ORDER[a.action] - ACTION_ORDER[b.action] || byCodePoint(a.articleId, b.articleId) || byCodePoint(a.name, b.name)

const NATIONAL = /^(总书记|国家副?主席|国务院副?总理|全国人大常委会副?委员长|全国政协副?主席|中央军委副?主席)$/
const rank = (k: Person['kind']) => (k === 'official' ? 2 : k === 'journalist' ? 1 : 0)

function addRole(p: Person, title: string, place: string | null, org: string | null, articleId: string, sentence: string, issue: Issue | undefined): Role {
  let role = p.roles.find((r) => r.title === title && r.place === place)
  if (!role) {
    role = { title, place, org, articleIds: [], firstDate: null, lastDate: null, evidence: [] }
    p.roles.push(role)
  }
  if (!role.articleIds.includes(articleId)) role.articleIds.push(articleId)
  if (sentence && !role.evidence.some((e) => e.articleId === articleId && e.sentence === sentence)) role.evidence.push({ articleId, sentence })
  const first = issue?.date.value ?? issue?.date.earliest ?? null
  const last = issue?.date.value ?? issue?.date.latest ?? null
  role.firstDate = minDate(role.firstDate, first)
  role.lastDate = maxDate(role.lastDate, last)
  return role
}

const minDate = (a: ISODate | null, b: ISODate | null) => (!a ? b : !b ? a : a < b ? a : b)
const maxDate = (a: ISODate | null, b: ISODate | null) => (!a ? b : !b ? a : a > b ? a : b)

/** Finds the given names in a text, longest first at each position. */
export function nameFinder(names: string[]): (text: string) => { name: string; at: number }[] {
  const sorted = [...new Set(names)].sort((a, b) => b.length - a.length || byCodePoint(a, b))
  if (!sorted.length) return () => []
  const re = new RegExp(sorted.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g')
  return (text) => [...text.matchAll(re)].map((m) => ({ name: m[0], at: m.index }))
}
