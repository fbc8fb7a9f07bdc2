// A person's name as the reader's language shows it: the characters, and in the English view their pinyin beside.
import { useT } from '@/lib/i18n'

export function PersonName({ name, romanized }: { name: string; romanized?: string }) {
  const t = useT()
  return (
    <>
      {name}
      {t.lang === 'en' && romanized && <span className="ml-1 font-normal text-stone-600">({romanized})</span>}
    </>
  )
}
