// Charts of figures: a chosen label over time, an article's figures by unit, or — with no filter — how many
// figures of each unit the corpus reports, so a visitor sees at once what the figures look like.
import { Bar, BarChart, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { useT } from '@/lib/strings'
import { countByUnit, seriesOverTime } from '../figure-table'
import type { FigureRow } from '../queries'

export function FigureCharts({ rows, all, label, article }: { rows: FigureRow[]; all: FigureRow[]; label?: string; article?: string }) {
  const t = useT()
  if (!all.length) return null
  if (label) {
    const series = seriesOverTime(all, label)
    return (
      <Chart title={t.figures.chartOverTime(label)}>
        <LineChart data={series} margin={{ top: 8, right: 16, bottom: 4, left: 16 }}>
          <XAxis dataKey="year" fontSize={11} />
          <YAxis fontSize={11} />
          <Tooltip />
          <Line dataKey="value" stroke="#991b1b" dot />
        </LineChart>
      </Chart>
    )
  }
  if (article) {
    // values are comparable only within a unit: one small chart per unit
    const units = countByUnit(rows).map((u) => u.unit).slice(0, 6)
    return (
      <div className="grid gap-3 md:grid-cols-2">
        {units.map((unit) => (
          <Chart key={unit} title={`${t.figures.chartArticle}（${unit}）`}>
            <BarChart data={rows.filter((r) => r.figure.unit === unit).map((r) => ({ name: r.figure.label.slice(0, 8), value: r.figure.value }))} margin={{ top: 8, right: 16, bottom: 4, left: 16 }}>
              <XAxis dataKey="name" fontSize={10} interval={0} angle={-30} textAnchor="end" height={60} />
              <YAxis fontSize={11} />
              <Tooltip />
              <Bar dataKey="value" fill="#0369a1" />
            </BarChart>
          </Chart>
        ))}
      </div>
    )
  }
  return (
    <Chart title={t.figures.chartByUnit}>
      <BarChart data={countByUnit(rows).slice(0, 20)} margin={{ top: 8, right: 16, bottom: 4, left: -10 }}>
        <XAxis dataKey="unit" fontSize={11} interval={0} />
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
