import { describe, expect, it } from 'vitest'
import { continuousMonths } from './continuous-months'

describe('the months of a chart', () => {
  it('runs from the first month to the last, the empty ones at zero', () => {
    expect(continuousMonths([{ month: '2025-06', count: 2 }, { month: '2025-01', count: 3 }])).toEqual([
      { month: '2025-01', count: 3 }, { month: '2025-02', count: 0 }, { month: '2025-03', count: 0 },
      { month: '2025-04', count: 0 }, { month: '2025-05', count: 0 }, { month: '2025-06', count: 2 },
    ])
  })

  it('crosses a year, and leaves out what is no month (a year-only bucket)', () => {
    expect(continuousMonths([{ month: '2024-12', count: 1 }, { month: '2025-01', count: 1 }, { month: '2025-00', count: 4 }]).map((d) => d.month)).toEqual(['2024-12', '2025-01'])
    expect(continuousMonths([{ month: '2025-00', count: 4 }, { month: '2025-02', count: 1 }]).map((d) => d.month)).toEqual(['2025-02'])
    expect(continuousMonths([])).toEqual([])
  })
})
