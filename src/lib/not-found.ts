// The expected failure of a read by id: the thing asked for is not in the corpus. Routes show their own message.

export type NotFoundKind = 'article' | 'issue' | 'person'

export class NotFoundError extends Error {
  constructor(readonly kind: NotFoundKind, readonly id: string) {
    super(`no ${kind} with id ${id}`)
    this.name = 'NotFoundError'
  }
}
