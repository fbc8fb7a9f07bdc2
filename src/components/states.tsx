// Loading, empty and error states shared by every route.
import { Link } from '@tanstack/react-router'
import type { ReactNode } from 'react'
import { CorpusUnavailableError, MixedVersionsError } from '@/lib/corpus-client'
import { NotFoundError, type NotFoundKind } from '@/lib/not-found'
import { type Strings, useT } from '@/lib/strings'

export function Loading() {
  const t = useT()
  return (
    <p role="status" className="animate-pulse text-stone-600">
      {t.loading}
    </p>
  )
}

export function Empty({ children }: { children?: ReactNode }) {
  const t = useT()
  return <p className="rounded border border-dashed border-stone-300 p-4 text-stone-600">{children ?? t.empty}</p>
}

export function Message({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div role="alert" className="rounded border border-amber-300 bg-amber-50 p-4">
      <h1 className="font-bold">{title}</h1>
      {children && <div className="mt-2 text-sm">{children}</div>}
    </div>
  )
}

/** What a route shows when its data cannot be read: a missing corpus says how to build it. */
export function RouteError({ error }: { error: unknown }) {
  const t = useT()
  if (error instanceof CorpusUnavailableError) {
    const [title, help] = error instanceof MixedVersionsError ? [t.corpusMixed, t.corpusMixedHelp] : [t.corpusMissing, t.corpusHowToBuild]
    return (
      <Message title={title}>
        <p>{help}</p>
        <p className="mt-1 text-stone-600">{error.message}</p>
      </Message>
    )
  }
  return (
    <Message title={error instanceof Error ? error.message : String(error)}>
      <Link to="/" className="underline">
        {t.backHome}
      </Link>
    </Message>
  )
}

/** A route's error view: its own not-found message for a missing `kind`, the general one for anything else. */
export function errorView(kind: NotFoundKind, title: (id: string, t: Strings) => string) {
  return function ErrorView({ error }: { error: unknown }) {
    const t = useT()
    return error instanceof NotFoundError && error.kind === kind ? <Message title={title(error.id, t)} /> : <RouteError error={error} />
  }
}
