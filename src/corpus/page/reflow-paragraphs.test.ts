import { describe, expect, it } from 'vitest'
import { reflowParagraphs } from './reflow-paragraphs'

const pieces = (...texts: string[]) => texts.map((text, i) => ({ no: i + 1, text }))

describe('reflowParagraphs', () => {
  it('joins a paragraph split mid-sentence by a blank line', () => {
    expect(reflowParagraphs(pieces('携手奋斗、拼搏奋进，即以再', '造改革开放新优势。')).paragraphs).toEqual(['携手奋斗、拼搏奋进，即以再造改革开放新优势。'])
  })

  it('goes on after a clause ended by ；, unless the next line opens an item of its own', () => {
    expect(reflowParagraphs(pieces('要营造发展气场，支持工业发展；', '明确发展方向，推动工业提质。')).paragraphs).toEqual(['要营造发展气场，支持工业发展；明确发展方向，推动工业提质。'])
    expect(reflowParagraphs(pieces('一是加强组织领导；', '二是强化要素保障；', '（三）严格督查考核。')).paragraphs).toEqual(['一是加强组织领导；', '二是强化要素保障；', '（三）严格督查考核。'])
  })

  it('joins narrow column lines until a sentence ends', () => {
    const r = reflowParagraphs(pieces('本报讯 6月2日下午，市委常委、区委书记', '徐光文主持召开区委常委会会议。', '会议指出，要走心走深抓学习。'))
    expect(r.paragraphs).toEqual(['本报讯 6月2日下午，市委常委、区委书记徐光文主持召开区委常委会会议。', '会议指出，要走心走深抓学习。'])
  })

  it('keeps a quoted phrase at a line end inside its paragraph', () => {
    expect(reflowParagraphs(pieces('希望企业家们要努力成为“思想家”', '“战略家”“实干家”。')).paragraphs).toHaveLength(1)
  })

  it('starts a paragraph at each section head and records where the section begins', () => {
    const r = reflowParagraphs([{ no: 1, text: '导语。' }, { no: 2, text: '老街新生', section: true }, { no: 3, text: '紫阳街经过改造。' }])
    expect(r).toEqual({ paragraphs: ['导语。', '紫阳街经过改造。'], sections: [{ heading: '老街新生', startParagraph: 1 }], tables: [] })
  })

  it('ends a paragraph at a hard break', () => {
    expect(reflowParagraphs([{ no: 1, text: '决定任命：', hardBreak: true }, { no: 2, text: '张峻榕为副县长。' }]).paragraphs).toHaveLength(2)
  })

  it('puts a space between Latin words joined across lines', () => {
    expect(reflowParagraphs(pieces('使用 open', 'source 软件。')).paragraphs).toEqual(['使用 open source 软件。'])
  })
})
