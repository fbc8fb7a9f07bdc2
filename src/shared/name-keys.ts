// The pinyin of a personal name, in full and as initials (曾上俊: zengshangjun, zsj; surnames read as surnames),
// by which readers find people (mengxiaobin, mxb, zeng shangjun). The builder writes them into the people's find
// buckets (src/shared/views.ts); the reader matches queries against them.
import { pinyin } from 'pinyin-pro'

export interface NameKeys {
  pinyin: string
  initials: string
}

export function nameKeys(name: string): NameKeys {
  // ü as v, as readers type it (吕: lv)
  const syllables = pinyin(name, { toneType: 'none', surname: 'head', type: 'array', v: true })
  return { pinyin: syllables.join('').toLowerCase(), initials: syllables.map((s) => s[0] ?? '').join('').toLowerCase() }
}

