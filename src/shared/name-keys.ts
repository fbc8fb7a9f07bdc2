// The pinyin of a personal name, in full and as initials (曾上俊: zengshangjun, zsj; surnames read as surnames),
// by which readers find people (mengxiaobin, mxb, zeng shangjun). The builder writes them into the people's find
// buckets (src/shared/views.ts); the reader matches queries against them.
import { pinyin } from 'pinyin-pro'

export interface NameKeys {
  pinyin: string
  initials: string
  /** as a reader of English writes it: Meng Xiaobin (ü as ü) */
  romanized: string
}

/** `person`: the first character read as a surname (曾 zeng, 单 shan); a place's or an office's name is read as words. */
export function nameKeys(name: string, person = true): NameKeys {
  // ü as v, as readers type it (吕: lv)
  const syllables = pinyin(name, { toneType: 'none', surname: person ? 'head' : 'off', type: 'array', v: true })
  const shown = pinyin(name, { toneType: 'none', surname: 'head', type: 'array' }).map((s) => s.toLowerCase())
  // a one-character surname, then the given name as one word; a two-character surname (欧阳) is not told apart here
  const romanized = shown.length > 1 ? `${cap(shown[0]!)} ${cap(shown.slice(1).join(''))}` : cap(shown.join(''))
  return { pinyin: syllables.join('').toLowerCase(), initials: syllables.map((s) => s[0] ?? '').join('').toLowerCase(), romanized }
}


const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
