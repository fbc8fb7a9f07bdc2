// The search box's look-up file: every place, paper and office of the corpus with the pinyin of its name, so that
// a reader typing `pingyang` or `县委书` is offered 平阳县 or 县委书记 before any search runs.
import { nameKeys } from '../../shared/name-keys'
import type { LookupEntry } from '../../shared/view-records'
import { viewFile } from '../../shared/views'
import { byCodePoint } from '../lib/collections'
import type { Emit } from './page-views'
import type { ViewContext } from './view-context'

export function emitLookup(ctx: ViewContext, emit: Emit): void {
  const entries = new Map<string, LookupEntry>()
  const add = (kind: LookupEntry['kind'], label: string, place: string | null) => {
    const key = `${kind}|${place ?? ''}|${label}`
    if (!entries.has(key)) entries.set(key, { kind, label, place, ...keysOf(label) })
  }
  for (const issue of ctx.issues) {
    if (issue.place) add('place', issue.place, issue.place)
    if (issue.paper) add('paper', issue.paper, issue.place)
  }
  for (const office of ctx.facts.offices) add('office', office.title, office.place)
  const order = ['place', 'paper', 'office']
  emit(viewFile.lookup(), [...entries.values()].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || byCodePoint(a.label, b.label) || byCodePoint(a.place ?? '', b.place ?? '')))
}

const keysOf = (label: string) => {
  const { pinyin, initials } = nameKeys(label, false)
  return { pinyin, initials }
}
