import { describe, expect, it } from 'vitest'
import { createReporter } from '../lib/diagnostics'
import { PAGE_STAGES, runPageStages } from './page-stages'

const page = '平阳县召开会议\n\n\u3000\u3000本报讯（记者 王小明）6月11日，平阳县召开全县安全生产工作会议。\n\u3000\u3000县长林立新出席并讲话。\n'
const input = { path: 'pingyang/2025-06/12/01.txt', bytes: new TextEncoder().encode(page) }

describe('the stages of a page', () => {
  it('run in one order, each making one output under its own name', () => {
    expect(PAGE_STAGES.map((s) => s.name)).toEqual(['decoded', 'retexted', 'text', 'lines', 'masthead', 'furniture', 'segmented', 'corrected', 'reflowed', 'content', 'blocks', 'date', 'place', 'page'])
  })

  it('can be run up to any stage, and no further', () => {
    const state = runPageStages(input, 'p1', createReporter('p1'), 'segmented')!
    expect(state.segmented!.drafts.map((d) => d.headline)).toEqual(['平阳县召开会议'])
    expect(state.date).toBeUndefined()
    expect(state.page).toBeUndefined()
  })

  it('make the page from what the stages before made', () => {
    const { page: result, date, place } = runPageStages(input, 'p1', createReporter('p1'))!
    expect(date).toMatchObject({ value: '2025-06-12', basis: 'metadata' })
    expect(place).toMatchObject({ place: '平阳县', basis: 'content' })
    expect(result!.issue).toMatchObject({ id: 'p1', place: '平阳县', date: { value: '2025-06-12' } })
    expect(result!.articles[0]!.byline.reporters).toEqual(['王小明'])
  })

  it('stop where the bytes are no text', () => {
    expect(runPageStages({ path: 'x.txt', bytes: new Uint8Array([0, 1, 2, 3, 0, 0, 5, 6, 0, 0, 0, 7]) }, 'x', createReporter('x'))).toBeNull()
  })
})
