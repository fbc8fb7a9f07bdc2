// The YAML entry of data/corrections.yaml that corrects one fact, composed for the reader to copy or download:
// the app is static and sends nothing anywhere; the historian adds the entry and builds again.

/** A YAML scalar: a number as it is; text plain where that is unambiguous, else double-quoted (JSON's quoting is valid YAML). */
function scalar(v: string | number): string {
  if (typeof v === 'number') return String(v)
  return /^[\p{L}\p{N}][\p{L}\p{N}_.·-]*$/u.test(v) && !/^(true|false|null|yes|no|on|off|~|\d[\d.-]*)$/i.test(v) ? v : JSON.stringify(v)
}

type Value = string | string[] | Record<string, string | number>

/** One entry: its first key starts the item, the others are indented under it. */
export function correctionEntry(fields: readonly (readonly [key: string, value: Value])[]): string {
  const line = ([key, value]: readonly [string, Value]) =>
    `${key}: ${Array.isArray(value) ? `[${value.map(scalar).join(', ')}]` : typeof value === 'object' ? `{ ${Object.entries(value).map(([k, v]) => `${k}: ${scalar(v)}`).join(', ')} }` : scalar(value)}`
  return fields.map((f, i) => `${i === 0 ? '- ' : '  '}${line(f)}`).join('\n') + '\n'
}
