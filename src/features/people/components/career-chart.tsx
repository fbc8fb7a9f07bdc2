// A person's career on a time axis: terms from notices as solid bars (任命 → 免去), sightings in the paper as light
// bars or points labelled 见报 — so that first and last sightings never read as a term of office.
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { formatPreciseDate } from '@/components/date-label'
import type { Appointment, Role } from '@/shared/corpus-schema'
import { type Strings, useT } from '@/lib/i18n'
import { type CareerRow, careerRows } from '../career'

/** A date as a fractional year, for the time axis. */
const asYear = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return y + (m - 1) / 12 + (d - 1) / 365
}

const POINT = 0.08

/** What a row says: 见报 2019年; 任命 2025年1月9日 起; 任命 … 至 免去 …. */
function careerLabel(row: CareerRow, t: Strings): string {
  if (row.kind === 'seen') return t.people.seen(formatPreciseDate(row.span, t))
  return t.people.term(t.dates.day(row.span.from!), row.ended ? t.dates.day(row.ended) : null)
}

function careerBars(rows: CareerRow[], t: Strings) {
  return rows.map((r) => {
    const [from, to] = [asYear(r.span.from!), asYear(r.span.to!)]
    // a point sits in the middle of what it stands for (a year-only sighting: mid-year)
    const start = r.point ? (from + to + 1 / 365) / 2 - POINT / 2 : from
    return { name: `${r.name}${r.kind === 'seen' ? `${t.paren(t.people.seenShort)}` : ''}`, kind: r.kind, start, length: r.point ? POINT : Math.max(to - from, POINT), label: careerLabel(r, t) }
  })
}

export function CareerChart({ roles, appointments }: { roles: Pick<Role, 'title' | 'place' | 'firstDate' | 'lastDate'>[]; appointments: Appointment[] }) {
  const t = useT()
  const bars = careerBars(careerRows(roles, appointments), t)
  if (!bars.length) return null
  const min = Math.floor(Math.min(...bars.map((b) => b.start)))
  const max = Math.max(min + 1, Math.ceil(Math.max(...bars.map((b) => b.start + b.length))))
  // stacked bars: an invisible one up to the start, a visible one for the term or the sightings
  const data = bars.map((b) => ({ ...b, before: b.start - min }))
  return (
    <figure className="mt-3 rounded border border-stone-200 bg-white p-3">
      <figcaption className="mb-2 text-sm text-stone-700">{t.people.careerChart} · {t.people.careerLegend}</figcaption>
      <div style={{ height: 40 + bars.length * 36 }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart layout="vertical" data={data} margin={{ left: 10, right: 20 }}>
            <CartesianGrid horizontal={false} />
            <XAxis type="number" domain={[0, max - min]} ticks={Array.from({ length: max - min + 1 }, (_, i) => i)} tickFormatter={(v: number) => String(min + v)} fontSize={11} />
            <YAxis type="category" dataKey="name" width={170} fontSize={11} />
            <Tooltip formatter={(_v, _n, item) => (item.payload as { label: string }).label} />
            <Bar dataKey="before" stackId="t" fill="transparent" isAnimationActive={false} />
            <Bar dataKey="length" stackId="t" isAnimationActive={false}>
              {data.map((b, i) => <Cell key={i} fill={b.kind === 'term' ? '#991b1b' : '#d6a4a4'} />)}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  )
}
