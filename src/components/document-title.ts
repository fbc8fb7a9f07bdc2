// Every route names its tab: the view, the page's headline, the person's name.
import { useEffect } from 'react'
import { useT } from '@/lib/i18n'

export function useDocumentTitle(title: string | null | undefined): void {
  const t = useT()
  const full = title ? `${title} · ${t.appName}` : `${t.appName} · ${t.appTagline}`
  useEffect(() => {
    document.title = full
  }, [full])
}
