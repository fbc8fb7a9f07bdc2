import { describe, expect, it } from 'vitest'
import { nameKeys } from '@/shared/name-keys'
import { LookupIndex } from './lookup-index'

const entry = (label: string, person = false) => ({ label, ...nameKeys(label, person) })

describe('the search box look-up', () => {
  const index = new LookupIndex()
  for (const label of ['平阳县', '苍南县', '县委书记', '县人大常委会主任', '副县长']) index.add(label, entry(label))
  index.add('p1', entry('孟晓斌', true))

  it('finds a name by any run of its characters', () => {
    expect(index.find('晓斌').map((e) => e.label)).toEqual(['孟晓斌'])
    expect(index.find('委书').map((e) => e.label)).toEqual(['县委书记'])
    expect(index.find('县').map((e) => e.label)).toEqual(['平阳县', '苍南县', '县委书记', '县人大常委会主任', '副县长'])
  })

  it('finds a name by the start of its pinyin, in full or as initials, spaces and case aside', () => {
    expect(index.find('pingyang').map((e) => e.label)).toEqual(['平阳县'])
    expect(index.find('Meng Xiao').map((e) => e.label)).toEqual(['孟晓斌'])
    expect(index.find('mxb').map((e) => e.label)).toEqual(['孟晓斌'])
    expect(index.find('xqsj')).toEqual([])
    expect(index.find('xwsj').map((e) => e.label)).toEqual(['县委书记'])
  })

  it('does not match letters found only here and there, nor characters out of order', () => {
    expect(index.find('mb')).toEqual([])
    expect(index.find('斌晓')).toEqual([])
    expect(index.find('')).toEqual([])
  })

  it('adds an item once, however often its bucket comes', () => {
    index.add('p1', entry('孟晓斌', true))
    expect(index.find('孟晓斌')).toHaveLength(1)
  })
})
