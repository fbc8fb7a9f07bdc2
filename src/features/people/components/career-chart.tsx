// A person's titles drawn on a time axis: one bar per title from its first to its last sighting.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { Role } from '@/shared/corpus-schema'
import { useT } from '@/lib/i18n'
import { formatSpan, roleName } from '../role-format'

/** A date as a fractional year, for the time axis. */
const asYear = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return y + (m - 1) / 12 + (d - 1) / 365
}

export function careerBars(roles: Pick<Role, 'title' | 'place' | 'firstDate' | 'lastDate'>[]) {
  return roles
    .filter((r) => r.firstDate || r.lastDate)
    .map((r) => {
      const start = asYear(r.firstDate ?? r.lastDate!)
      const end = Math.max(asYear(r.lastDate ?? r.firstDate!), start + 0.08) // a single sighting still shows
      return { name: roleName(r), start, length: end - start, label: formatSpan(r.firstDate, r.lastDate) }
    })
}

export function CareerChart({ roles }: { roles: Pick<Role, 'title' | 'place' | 'firstDate' | 'lastDate'>[] }) {
  const t = useT()
  const bars = careerBars(roles)
  if (!bars.length) return null
  const min = Math.floor(Math.min(...bars.map((b) => b.start)))
  const max = Math.max(min + 1, Math.ceil(Math.max(...bars.map((b) => b.start + b.length))))
  // stacked bars: an invisible one up to the start, a visible one for the time held
  const data = bars.map((b) => ({ ...b, before: b.start - min }))
  return (
    <figure className="mt-3 rounded border border-stone-200 bg-white p-3">
      <figcaption className="mb-2 text-sm text-stone-700">{t.people.careerChart}</figcaption>
      <div style={{ height: 40 + bars.length * 36 }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart layout="vertical" data={data} margin={{ left: 10, right: 20 }}>
            <CartesianGrid horizontal={false} />
            <XAxis type="number" domain={[0, max - min]} ticks={Array.from({ length: max - min + 1 }, (_, i) => i)} tickFormatter={(v: number) => String(min + v)} fontSize={11} />
            <YAxis type="category" dataKey="name" width={150} fontSize={11} />
            <Tooltip formatter={(_v, _n, item) => (item.payload as { label: string }).label} />
            <Bar dataKey="before" stackId="t" fill="transparent" isAnimationActive={false} />
            <Bar dataKey="length" stackId="t" fill="#991b1b" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  )
}
