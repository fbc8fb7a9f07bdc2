// Meetings per month as a bar chart; clicking a bar filters the timeline to that month.
import { Bar, BarChart, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { useT } from '@/lib/i18n'
import { continuousMonths } from '../continuous-months'

export function MonthChart({ data, selected, onSelect }: { data: { month: string; count: number }[]; selected?: string; onSelect: (month: string) => void }) {
  const t = useT()
  if (!data.length) return null
  // bars on a time axis: the months without meetings are drawn at zero between the others
  const bars = continuousMonths(data)
  return (
    <figure className="rounded border border-stone-200 bg-white p-3">
      <figcaption className="mb-2 text-sm text-stone-700">{t.timeline.perMonth}</figcaption>
      <div className="h-40">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={bars} margin={{ top: 4, right: 8, bottom: 4, left: -20 }}>
            <XAxis dataKey="month" fontSize={11} />
            <YAxis allowDecimals={false} fontSize={11} />
            <Tooltip />
            <Bar dataKey="count" name={t.timeline.count(0).replace(/\d+\s*/, '')} onClick={(d) => {
              const bar = d as unknown as { month: string; count: number }
              if (bar.count) onSelect(bar.month)
            }} cursor="pointer">
              {bars.map((d) => <Cell key={d.month} fill={d.month === selected ? '#991b1b' : '#d6a4a4'} />)}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ul className="mt-2 flex flex-wrap gap-1 text-xs" aria-label={t.timeline.perMonth}>
        {data.map((d) => (
          <li key={d.month}>
            <button type="button" onClick={() => onSelect(d.month)} aria-pressed={d.month === selected} className={`rounded px-1.5 py-0.5 ${d.month === selected ? 'bg-red-800 text-white' : 'bg-stone-100'}`}>
              {d.month}{t.paren(d.count)}
            </button>
          </li>
        ))}
      </ul>
    </figure>
  )
}
