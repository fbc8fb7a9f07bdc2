// The search box's look-up file: every place, paper and office of the corpus with the pinyin of its name, so that
// a reader typing `pingyang` or `县委书` is offered 平阳县 or 县委书记 before any search runs.
import { pinyin } from 'pinyin-pro'
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
    if (!entries.has(key)) entries.set(key, { kind, label, place, ...keysOf(label), ...(kind === 'place' ? { romanized: romanizePlace(label) } : {}) })
  }
  for (const issue of ctx.issues) {
    if (issue.place) add('place', issue.place, issue.place)
    if (issue.paper) add('paper', issue.paper, issue.place)
  }
  for (const office of ctx.facts.offices) add('office', office.title, office.place)
  const order = ['place', 'paper', 'office']
  emit(viewFile.lookup(), [...entries.values()].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || byCodePoint(a.label, b.label) || byCodePoint(a.place ?? '', b.place ?? '')))
}

/** The English words for a division's level, longest suffix first. */
const LEVELS: [string, string][] = [
  ['自治县', 'Autonomous County'], ['自治旗', 'Autonomous Banner'], ['自治州', 'Autonomous Prefecture'], ['林区', 'Forestry District'],
  ['新区', 'New Area'], ['县', 'County'], ['区', 'District'], ['市', 'City'], ['旗', 'Banner'], ['省', 'Province'], ['州', 'Prefecture'], ['盟', 'League'],
]

/** 平阳县 → Pingyang County, 莲都区 → Liandu District, 阿鲁科尔沁旗 → Alukeerqin Banner: the stem in pinyin, the level in English. */
export function romanizePlace(name: string): string {
  const level = LEVELS.find(([suffix]) => name.endsWith(suffix) && name.length > suffix.length)
  const stem = level ? name.slice(0, -level[0].length) : name
  // 都 ending a place's stem is dū, as in 成都 (莲都, 丰都, 花都), whatever the general reading says
  const syllables = pinyin(stem, { toneType: 'none', type: 'array' }).map((p, i) => (stem[i] === '都' && i === stem.length - 1 ? 'du' : p))
  const word = syllables.join('').toLowerCase()
  return `${word.charAt(0).toUpperCase()}${word.slice(1)}${level ? ` ${level[1]}` : ''}`
}

const keysOf = (label: string) => {
  const keys = nameKeys(label, false)
  return { pinyin: keys.pinyin, initials: keys.initials }
}
