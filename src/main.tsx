import { QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider } from '@tanstack/react-router'
import { StrictMode, useMemo, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { queryClient } from '@/lib/query-client'
import { type Lang, LangContext } from '@/lib/i18n'
import { router } from './router'
import './styles.css'

const LANG_KEY = 'xianbao.lang'

function App() {
  const [lang, setLangState] = useState<Lang>(() => (localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh'))
  const value = useMemo(() => ({
    lang,
    setLang: (l: Lang) => {
      localStorage.setItem(LANG_KEY, l)
      document.documentElement.lang = l === 'en' ? 'en' : 'zh-CN'
      setLangState(l)
    },
  }), [lang])
  return (
    <LangContext.Provider value={value}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </LangContext.Provider>
  )
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
