// The search box on every page. On /search it searches as you type (the URL follows, replacing the entry);
// Enter makes a history entry; "/" anywhere focuses it. People, places, papers and offices matching by name or
// pinyin are suggested as one types.
import { useQuery } from '@tanstack/react-query'
import { Link, useNavigate, useRouterState } from '@tanstack/react-router'
import { useEffect, useId, useRef, useState } from 'react'
import { useT } from '@/lib/i18n'
import type { LookupEntry } from '@/shared/view-records'
import { suggestQueryOptions, warmUpSearch } from '../search-client'

/** Short: results follow each keystroke; the worker answers in milliseconds and old answers stay cached. */
const DEBOUNCE_MS = 15

export function SearchBox() {
  const t = useT()
  const navigate = useNavigate()
  const location = useRouterState({ select: (s) => s.location })
  const onSearchPage = location.pathname === '/search'
  const urlQuery = onSearchPage ? String((location.search as { q?: string }).q ?? '') : ''
  const [draft, setDraft] = useState(urlQuery)
  const [focused, setFocused] = useState(false)
  const input = useRef<HTMLInputElement>(null)
  const blurTimer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const listId = useId()

  // the back button changes the URL: the box follows it (state adjusted while rendering, not in an effect)
  const [seenQuery, setSeenQuery] = useState(urlQuery)
  if (seenQuery !== urlQuery) {
    setSeenQuery(urlQuery)
    setDraft(urlQuery)
  }

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement
      if (e.key === '/' && !['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) && !target.isContentEditable) {
        e.preventDefault()
        input.current?.focus()
      }
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [])

  // Search as you type on /search. The first change after a search the reader settled on (Enter, or arriving)
  // makes a history entry; later keystrokes replace it, so Back returns to the search before.
  const settled = useRef(true)
  useEffect(() => {
    if (!onSearchPage || draft === urlQuery) return
    const timer = setTimeout(() => {
      navigate({ to: '/search', search: (prev) => ({ ...prev, q: draft || undefined }), replace: !settled.current })
      settled.current = false
    }, DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [draft, onSearchPage, urlQuery, navigate])

  const suggestions = useQuery({ ...suggestQueryOptions(draft.trim()), enabled: focused && draft.trim().length > 0 })
  const people = suggestions.data?.people ?? []
  const entries = suggestions.data?.entries ?? []

  return (
    <form
      role="search"
      className="relative w-full sm:w-72"
      onSubmit={(e) => {
        e.preventDefault()
        settled.current = true
        navigate({ to: '/search', search: (prev) => ({ ...(onSearchPage ? prev : {}), q: draft.trim() || undefined }) })
      }}
    >
      <label htmlFor={`${listId}-q`} className="sr-only">{t.search.label}</label>
      <input
        ref={input}
        id={`${listId}-q`}
        type="search"
        value={draft}
        placeholder={t.search.placeholder}
        autoComplete="off"
        aria-controls={people.length || entries.length ? listId : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onFocus={() => {
          // a blur just before (a suggestion clicked) must not close the list of this new focus
          clearTimeout(blurTimer.current)
          setFocused(true)
          warmUpSearch()
        }}
        // the list stays a moment after a blur, so that a click on a suggestion lands
        onBlur={() => (blurTimer.current = setTimeout(() => setFocused(false), 150))}
        className="w-full rounded border border-stone-300 bg-white px-3 py-1.5 text-sm"
      />
      {focused && (people.length > 0 || entries.length > 0) && (
        <div id={listId} className="absolute z-10 mt-1 w-full rounded border border-stone-200 bg-white text-sm shadow">
          {people.length > 0 && (
            <ul aria-label={t.search.people}>
              {people.map((p) => (
                <li key={p.id}>
                  <Link to="/people/$personId" params={{ personId: p.id }} className="block px-3 py-1.5 hover:bg-stone-100">
                    {p.name} <span className="text-xs text-stone-600">{t.articleCount(p.articles)}</span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
          {entries.length > 0 && (
            <ul aria-label={t.search.lookup} className={people.length ? 'border-t border-stone-200' : undefined}>
              {entries.map((e) => (
                <li key={`${e.kind}|${e.place ?? ''}|${e.label}`}>
                  <LookupLink entry={e} />
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </form>
  )
}

/** A place opens its calendar, a paper its place's calendar, an office its place's offices. */
function LookupLink({ entry }: { entry: LookupEntry }) {
  const t = useT()
  const className = 'block px-3 py-1.5 hover:bg-stone-100'
  const kind = <span className="text-xs text-stone-600">{t.search.lookupKinds[entry.kind]}{entry.kind !== 'place' && entry.place ? ` · ${entry.place}` : ''}</span>
  if (entry.kind === 'office' && entry.place) return <Link to="/offices" search={{ place: entry.place }} className={className}>{entry.label} {kind}</Link>
  return <Link to="/issues" search={entry.place ? { place: entry.place } : {}} className={className}>{entry.label} {kind}</Link>
}
