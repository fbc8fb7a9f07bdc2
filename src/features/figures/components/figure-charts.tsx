// Charts of figures: a chosen label's values over the years, one chart per unit (values of two units are never
// joined); with no label, the labels the place reports most, so a visitor sees at once what the figures hold.
import { Bar, BarChart, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { useT } from '@/lib/i18n'
import type { FigureSeries } from '@/shared/views'

export function SeriesCharts({ label, series }: { label: string; series: FigureSeries }) {
  const t = useT()
  return (
    <div className="grid gap-3 md:grid-cols-2">
      {series.map(({ unit, points }) => (
        <Chart key={unit} title={series.length > 1 ? `${t.figures.chartOverTime(label)}（${unit}）` : t.figures.chartOverTime(label)}>
          <LineChart data={points} margin={{ top: 8, right: 16, bottom: 4, left: 16 }}>
            <XAxis dataKey="year" fontSize={11} />
            <YAxis fontSize={11} label={{ value: unit, angle: -90, position: 'insideLeft', fontSize: 11 }} />
            <Tooltip />
            <Line dataKey="value" name={unit} stroke="#991b1b" dot />
          </LineChart>
        </Chart>
      ))}
    </div>
  )
}

export function LabelCounts({ labels }: { labels: { label: string; count: number }[] }) {
  const t = useT()
  if (!labels.length) return null
  return (
    <Chart title={t.figures.chartByLabel}>
      <BarChart data={labels.slice(0, 12).map((l) => ({ label: l.label.slice(0, 8), count: l.count }))} margin={{ top: 8, right: 16, bottom: 4, left: -10 }}>
        <XAxis dataKey="label" fontSize={10} interval={0} angle={-30} textAnchor="end" height={60} />
        <YAxis allowDecimals={false} fontSize={11} />
        <Tooltip />
        <Bar dataKey="count" fill="#991b1b" />
      </BarChart>
    </Chart>
  )
}

function Chart({ title, children }: { title: string; children: React.ReactElement }) {
  return (
    <figure className="rounded border border-stone-200 bg-white p-3" aria-label={title}>
      <figcaption className="mb-2 text-sm text-stone-700">{title}</figcaption>
      <div className="h-56">
        <ResponsiveContainer width="100%" height="100%">{children}</ResponsiveContainer>
      </div>
    </figure>
  )
}
