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

/** Appends `item` to the list `map` holds under `key`, starting the list if there is none. */
export function pushTo<K, T>(map: Map<K, T[]>, key: K, item: T): void {
  const list = map.get(key)
  if (list) list.push(item)
  else map.set(key, [item])
}

/** The items in lists by key, each list in the items' order. */
export function groupBy<T, K>(items: Iterable<T>, key: (t: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>()
  for (const item of items) pushTo(map, key(item), item)
  return map
}
