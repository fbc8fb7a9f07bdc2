// The scale a chart's axis reads in: 亿元 or 万元 where the values run to hundreds of millions or tens of
// thousands, so that an axis never reads 6000000000; a percentage or a small count as it is.
export interface AxisScale {
  divisor: number
  /** the axis's unit: 亿元, 万人次, % */
  unit: string
}

export function axisScale(values: readonly number[], unit: string): AxisScale {
  const max = Math.max(0, ...values.map(Math.abs))
  if (unit === '%' || unit === '‰') return { divisor: 1, unit }
  if (max >= 1e8) return { divisor: 1e8, unit: `亿${unit}` }
  if (max >= 1e4) return { divisor: 1e4, unit: `万${unit}` }
  return { divisor: 1, unit }
}

/** A value on the scale, rounded to what the axis can show. */
export const scaled = (value: number, scale: AxisScale) => Math.round((value / scale.divisor) * 100) / 100
