// What a route shows when its data cannot be read: a missing corpus says how to build it.
import { Link } from '@tanstack/react-router'
import { CorpusUnavailableError } from '@/lib/corpus-client'
import { t } from '@/lib/strings'
import { Message } from './layout'

export function RouteError({ error }: { error: unknown }) {
  if (error instanceof CorpusUnavailableError) {
    return (
      <Message title={t.corpusMissing}>
        <p>{t.corpusHowToBuild}</p>
        <p className="mt-1 text-stone-500">{error.message}</p>
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
