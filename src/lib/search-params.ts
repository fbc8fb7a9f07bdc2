// Validation of URL search params: the URL is the state, so every view reads its params through these.

/** A non-empty string param, or undefined. Numbers in the URL (year=2025) are read as text. */
function optionalText(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value)
  return typeof value === 'string' && value.trim() ? value.trim().slice(0, 200) : undefined
}

/** Drops undefined entries so that links carry only the params that are set. */
export function compact<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as T
}

/** The given keys of the URL search as optional text params: the shape every filterable view validates. */
export function textParams<const K extends string>(search: Record<string, unknown>, keys: readonly K[]): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {}
  for (const k of keys) {
    const v = optionalText(search[k])
    if (v !== undefined) out[k] = v
  }
  return out
}

/** A real day written YYYY-MM-DD, or undefined: a date param names a day or nothing. */
export function isoDay(value: unknown): string | undefined {
  const text = optionalText(value)
  if (!text || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined
  // 2019-13-45 is no date at all (toISOString would throw), 2025-02-30 one that rolls over to March: neither is a day
  const day = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text ? text : undefined
}
