// The expected failure of a read by id: the thing asked for is not in the corpus. Routes show their own message.
import { CorpusUnavailableError } from './corpus-client'

export type NotFoundKind = 'article' | 'issue' | 'person' | 'meeting'

export class NotFoundError extends Error {
  constructor(readonly kind: NotFoundKind, readonly id: string) {
    super(`no ${kind} with id ${id}`)
    this.name = 'NotFoundError'
  }
}

/** A record's own file that does not exist is that record's absence: a not-found view, not a broken corpus. */
export async function orNotFound<T>(kind: NotFoundKind, id: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load()
  } catch (e) {
    if (e instanceof CorpusUnavailableError && e.reason === 'HTTP 404') throw new NotFoundError(kind, id)
    throw e
  }
}
