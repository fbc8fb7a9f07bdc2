// The months of a chart as a time axis: every month from the first to the last, the empty ones at zero, so that
// a bar's neighbour is the month next to it (2025-01 is not drawn beside 2025-06).

export function continuousMonths<T extends { month: string; count: number }>(data: readonly T[]): { month: string; count: number }[] {
  const known = [...data].filter((d) => /^\d{4}-(0[1-9]|1[0-2])$/.test(d.month)).sort((a, b) => (a.month < b.month ? -1 : 1))
  if (!known.length) return []
  const counts = new Map(known.map((d) => [d.month, d.count]))
  const out: { month: string; count: number }[] = []
  let [y, m] = known[0]!.month.split('-').map(Number) as [number, number]
  const last = known.at(-1)!.month
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`
    out.push({ month, count: counts.get(month) ?? 0 })
    if (month >= last) return out
    ;[y, m] = m === 12 ? [y + 1, 1] : [y, m + 1]
  }
}
