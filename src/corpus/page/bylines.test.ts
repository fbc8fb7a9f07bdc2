import { describe, expect, it } from 'vitest'
import { parseBylineLine, parseCredit } from './bylines'

describe('parseBylineLine', () => {
  it('reads 本报讯 with reporters and correspondents and keeps the lead text', () => {
    expect(parseBylineLine('本报讯（记者 苏意伟 林晓慧 张炜）我县开展活动。')).toEqual({
      kind: 'lead',
      byline: { reporters: ['苏意伟', '林晓慧', '张炜'], correspondents: [], photographers: [] },
      rest: '我县开展活动。',
    })
    expect(parseBylineLine('本报讯（记者 刘俊杰 通讯员 陈汇）3月29日')?.byline).toEqual({ reporters: ['刘俊杰'], correspondents: ['陈汇'], photographers: [] })
  })

  it('reads 本报讯 without a byline', () => {
    expect(parseBylineLine('本报讯 6月2日下午，会议召开')).toMatchObject({ kind: 'lead', rest: '6月2日下午，会议召开' })
  })

  it('reads standalone bylines: □ 记者, □ 通讯员, 本报记者 A 通讯员 B with a pen name', () => {
    expect(parseBylineLine('□ 记者 王秋蕊')?.byline.reporters).toEqual(['王秋蕊'])
    expect(parseBylineLine('□ 通讯员 吴群 张雯婧')?.byline.correspondents).toEqual(['吴群', '张雯婧'])
    expect(parseBylineLine('本报记者 叶琳 通讯员 松纪宣')?.byline).toEqual({ reporters: ['叶琳'], correspondents: ['松纪宣'], photographers: [] })
  })

  it('does not take a sentence about a reporter for a byline', () => {
    expect(parseBylineLine('记者 徐明说，今天很好。')).toBeNull()
    expect(parseBylineLine('记者在现场看到，工人们正忙着。')).toBeNull()
  })
})

describe('parseCredit', () => {
  it('reads "A 摄" and "A/摄"', () => {
    expect(parseCredit('陈培勇 摄', undefined)).toEqual({ photographers: ['陈培勇'], usesNext: false })
    expect(parseCredit('记者 宋词/摄', undefined)).toEqual({ photographers: ['宋词'], usesNext: false })
  })

  it('reads names over a "摄影报道" line', () => {
    expect(parseCredit('周晴 刘俊杰 李茂清', '摄影报道')).toEqual({ photographers: ['周晴', '刘俊杰', '李茂清'], usesNext: true })
  })

  it('does not read a verb 摄 at the end of a sentence as a credit', () => {
    expect(parseCredit('我们一起拍摄', undefined)).toBeNull()
    expect(parseCredit('游客纷纷驻足拍照 摄', undefined)).toBeNull()
  })
})
