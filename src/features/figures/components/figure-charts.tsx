// Charts of figures: a chosen label's values over the years, one chart per unit (values of two units are never
// joined, and a series is of one place); with no label, the indicators the place reports most over the years.
import { Bar, BarChart, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { useT } from '@/lib/i18n'
import type { FigureSeries } from '@/shared/view-records'
import { axisScale, scaled } from '../figure-scale'

export function SeriesCharts({ label, series }: { label: string; series: FigureSeries }) {
  const t = useT()
  return (
    <div className="grid gap-3 md:grid-cols-2">
      {series.map(({ unit, points }) => <SeriesChart key={unit} title={series.length > 1 ? `${t.figures.chartOverTime(label)}${t.paren(unit)}` : t.figures.chartOverTime(label)} unit={unit} points={points} />)}
    </div>
  )
}

/** One label's values of one unit over the years: the axis in 万 or 亿 of the unit, each point as printed. */
function SeriesChart({ title, unit, points }: { title: string; unit: string; points: FigureSeries[number]['points'] }) {
  const scale = axisScale(points.map((p) => p.value), unit)
  const data = points.map((p) => ({ year: p.year, value: scaled(p.value, scale), raw: p.raw }))
  return (
    <Chart title={title}>
      <LineChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 16 }}>
        <XAxis dataKey="year" fontSize={11} />
        <YAxis fontSize={11} label={{ value: scale.unit, angle: -90, position: 'insideLeft', fontSize: 11 }} />
        <Tooltip formatter={(_v, _n, item) => (item.payload as { raw: string }).raw} />
        <Line dataKey="value" name={scale.unit} stroke="#991b1b" dot />
      </LineChart>
    </Chart>
  )
}

/**
 * The indicators a place reports most that span several years, each over time in its main unit; where none spans
 * two years yet, how often each indicator is reported.
 */
export function TopSeries({ charts, labels }: { charts: { label: string; series: FigureSeries[number] }[]; labels: { label: string; count: number }[] }) {
  const t = useT()
  if (!charts.length) return <LabelCounts labels={labels} />
  return (
    <div className="grid gap-3 md:grid-cols-2">
      {charts.map(({ label, series }) => <SeriesChart key={label} title={`${t.figures.chartOverTime(label)}${t.paren(series.unit)}`} unit={series.unit} points={series.points} />)}
    </div>
  )
}

function LabelCounts({ labels }: { labels: { label: string; count: number }[] }) {
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
