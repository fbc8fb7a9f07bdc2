// Helpers that hold at any input size and on any machine: no spread of an input-sized array into a call
// (the engine's argument limit is ~120,000), and ties broken by code point, never by the locale.

/** Appends without spreading: `into.push(...from)` overflows the stack for large `from`. */
export function pushAll<T>(into: T[], from: readonly T[]): T[] {
  for (const x of from) into.push(x)
  return into
}

export function maxOf(values: Iterable<number>, empty = -Infinity): number {
  let m = empty
  for (const v of values) if (v > m) m = v
  return m
}

export function minOf(values: Iterable<number>, empty = Infinity): number {
  let m = empty
  for (const v of values) if (v < m) m = v
  return m
}

/** Code-point order: the same on every machine, whatever LANG says (localeCompare is not). */
export const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
