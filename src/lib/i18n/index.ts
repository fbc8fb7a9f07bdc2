// The language of the interface and the hook every component reads its text with.
import { createContext, useContext } from 'react'
import { en } from './en'
import { type Strings, zh } from './zh'

export type { Strings }

const dictionaries = { zh, en }
export type Lang = keyof typeof dictionaries

export const LangContext = createContext<{ lang: Lang; setLang: (l: Lang) => void }>({ lang: 'zh', setLang: () => {} })

export function useT(): Strings {
  return dictionaries[useContext(LangContext).lang]
}
