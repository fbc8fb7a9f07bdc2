// The pinyin of a personal name, in full and as initials (曾上俊: zengshangjun, zsj; surnames read as surnames),
// by which readers find people. The builder writes them into the people's find buckets (src/shared/views.ts).
import { pinyin } from 'pinyin-pro'

export interface NameKeys {
  pinyin: string
  initials: string
}

export function nameKeys(name: string): NameKeys {
  const syllables = pinyin(name, { toneType: 'none', surname: 'head', type: 'array' })
  return { pinyin: syllables.join('').toLowerCase(), initials: syllables.map((s) => s[0] ?? '').join('').toLowerCase() }
}
