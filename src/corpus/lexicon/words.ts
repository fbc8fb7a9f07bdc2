// The lexical layer every place rule reads: text cut into words by a segmenter made for Chinese (jieba, through
// @node-rs/jieba) whose general dictionary is joined by what the builder knows — every county name of every year,
// the townships, and the titles and organs a county's name is glued to (代县长, 县公安局). A county counts only as a
// word of its own: 代县 is not in 代县长, 公安 not in 县公安局, 巴彦 not in 巴彦花镇. Node only.
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import { Jieba } from '@node-rs/jieba'
import { countyNames, townNames } from './divisions'
import { organWords, titleWords } from './vocabulary'
import { surnameLength } from './surnames'

export interface Word {
  text: string
  /** offset of its first character in the text cut */
  at: number
}

interface Lexicon {
  jieba: Jieba
  /** the general dictionary's count of each word: how often it is an everyday word */
  general: Map<string, { freq: number; tag: string }>
}

const require = createRequire(import.meta.url)
let lexicon: Lexicon | null = null

function load(): Lexicon {
  if (lexicon) return lexicon
  const dict = readFileSync(require.resolve('@node-rs/jieba/dict.txt'))
  const counties = countyNames()
  const towns = townNames()
  const known = [...titleWords(), ...organWords()]
  // of the general dictionary, only what the builder's own words overlap: reading all 350,000 costs half a second
  const wanted = new Set([...counties, ...towns, ...known])
  const general = new Map<string, { freq: number; tag: string }>()
  for (const line of dict.toString('utf8').split('\n')) {
    const space = line.indexOf(' ')
    if (space < 0 || !wanted.has(line.slice(0, space))) continue
    const [word, freq, tag] = line.split(' ')
    general.set(word!, { freq: Number(freq), tag: tag ?? '' })
  }
  const jieba = Jieba.withDict(dict)
  const extra: string[] = []
  // a word the builder knows outweighs a general word it overlaps; a county's short name already known as a
  // general word keeps its weight, so a given name (何建平) is not cut into a county (建平)
  const add = (word: string, freq: number, tag: string) => extra.push(`${word} ${Math.max(freq, general.get(word)?.freq ?? 0)} ${tag}`)
  for (const name of counties) add(name, /(县|区|市|旗)$/.test(name) ? 2000 : 3, 'ns')
  for (const name of towns) add(name, 2000, 'ns')
  for (const word of known) add(word, 5000, 'nt')
  jieba.loadDict(Buffer.from(extra.join('\n')))
  lexicon = { jieba, general }
  return lexicon
}

/** The words of a text, in order, with their offsets (jieba with its HMM for unknown words such as names). */
export function wordsOf(text: string): Word[] {
  const out: Word[] = []
  let at = 0
  for (const w of load().jieba.cut(text, true)) {
    out.push({ text: w, at })
    at += w.length
  }
  return mergeNames(text, out)
}

/** The words of a short phrase with their parts of speech (jieba's tags: n noun, v verb, d adverb, p preposition…). */
export function taggedWords(phrase: string): { word: string; tag: string }[] {
  return load().jieba.tag(phrase, true)
}

/**
 * A county's short name that a surname stands before in a list or after a title is a given name: 、何建平、 is cut
 * 何/建平 by the segmenter and is a person, not 建平县. The surname and the name become one word.
 */
function mergeNames(text: string, words: Word[]): Word[] {
  const out: Word[] = []
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    const next = words[i + 1]
    if (next && w.text.length === 1 && surnameLength(w.text) === 1 && /^[\u4e00-\u9fff]{1,2}$/.test(next.text) && nameSlot(text, w.at) && nameEnd(text, next.at + next.text.length)) {
      out.push({ text: w.text + next.text, at: w.at })
      i++
    } else out.push(w)
  }
  return out
}

/** Where a name may start: after a list mark, a bracket, a colon, or a position (主任, 县长, 书记). */
function nameSlot(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 3), at)
  return at === 0 || /[、，,：:（(\s]$/.test(before) || /(?:长|任|记|席|员|委)$/.test(before)
}

function nameEnd(text: string, at: number): boolean {
  return at >= text.length || /^[、，,。；;：:）)\s等同]/.test(text.slice(at, at + 1))
}

/**
 * A word of everyday Chinese that is also a county's short name (资源, 和平, 公安, 长子, 合作): counted as the county
 * only in its full form. Read from the general dictionary: frequent, and not known there as a place.
 */
export function isEverydayWord(word: string): boolean {
  // (asked of county names only: the words the general dictionary was read for)
  const entry = load().general.get(word)
  return !!entry && entry.freq >= 400 && entry.tag !== 'ns'
}

/**
 * A county's short name the general dictionary knows as a common word — often met whatever its tag (安宁 as in
 * 和平安宁, 江山), or a word of another kind met more than rarely (惠民 as in 惠民政策, 建平 as a given name): alone
 * it may be that word, so it counts as half a place. A word met fewer than 50 times is no rival (子长).
 */
export function isAlsoAWord(word: string): boolean {
  const entry = load().general.get(word)
  return !!entry && (entry.freq >= 400 || (entry.freq >= 50 && entry.tag !== 'ns'))
}
