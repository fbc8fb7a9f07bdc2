// The files cut for a historian's views, over the bundled seed pages: who held an office on a day, and the records
// of appointments and meetings.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Manifest } from '../../shared/corpus-schema'
import { holdersOn, type OfficesOfYear } from '../../shared/office-tenure'
import { type OfficesIndex, viewPath } from '../../shared/views'
import { corpusFiles } from '../output'
import { runPipeline } from '../pipeline'

const dir = join(import.meta.dirname, '../../../data/issues')
const { corpus } = runPipeline(readdirSync(dir).sort().map((f) => ({ path: f, bytes: readFileSync(join(dir, f)) })))
const files = corpusFiles(corpus, new Date(0).toISOString())
const manifest = JSON.parse(files.get('manifest.json') as string) as Manifest
const view = <T>(path: string): T | null => {
  const text = files.get(manifest.views! + path)
  return typeof text === 'string' ? (JSON.parse(text) as T) : null
}

/** Who held `title` of `place` on `day`, with how it is known. */
const heldOn = (place: string, title: string, day: string) => {
  const year = view<OfficesOfYear>(viewPath.officesOn(place, day.slice(0, 4)))
  const office = year?.offices.find((o) => o.title === title)
  return office ? holdersOn(office, day).map((h) => `${h.holder.name}:${h.basis}`) : []
}

describe('the 班子 on a day', () => {
  it('names the county secretary of each day from the pages that show them', () => {
    expect(heldOn('平阳县', '县委书记', '2019-06-01')).toEqual(['董智武:seen-in-period'])
    expect(heldOn('平阳县', '县委书记', '2025-06-13')).toEqual(['孟晓斌:seen-on-day'])
  })

  it('places an appointed vice county head by the notice, from its day on', () => {
    expect(heldOn('平阳县', '副县长', '2025-03-01')).toContain('张峻榕:appointed')
    expect(heldOn('平阳县', '副县长', '2025-03-01')).not.toContain('陈国翰:seen-before')
  })

  it('lists the years each place has, with its first and last days', () => {
    const place = view<OfficesIndex>(viewPath.officesIndex())!.places.find((p) => p.place === '平阳县')!
    expect(place.years).toEqual(expect.arrayContaining(['2019', '2025']))
    expect(place.earliest).toBe('2019-01-01')
    expect(place.latest).toBe('2025-06-13')
  })
})
