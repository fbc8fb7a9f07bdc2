import { describe, expect, it } from 'vitest'
import { normalizeLines } from './normalize-text'
import { assignLineRoles, endsParagraph } from './line-roles'

const roles = (...texts: string[]) => assignLineRoles(normalizeLines(texts.map((text, i) => ({ no: i + 1, text })))).map((r) => r.role)

describe('assignLineRoles', () => {
  it('reads teaser markers alone or after a title', () => {
    expect(roles('>>>2版')[0]).toEqual({ kind: 'teaser-marker', toPage: 2, title: '' })
    expect(roles('>>>3')[0]).toMatchObject({ kind: 'teaser-marker', toPage: 3 })
    expect(roles('医保“家庭共济”惠及千家万户 >>>3版')[0]).toEqual({ kind: 'teaser-marker', toPage: 3, title: '医保“家庭共济”惠及千家万户' })
  })

  it('reads continuation markers with Chinese page numbers', () => {
    expect(roles('（下转二版）')[0]).toEqual({ kind: 'continued', toPage: 2, text: '' })
    expect(roles('共发出预警通知书44份。（下转第3版）')[0]).toEqual({ kind: 'continued', toPage: 3, text: '共发出预警通知书44份。' })
    // narrow columns print it on a line of its own
    expect(roles('下转第四版')[0]).toEqual({ kind: 'continued', toPage: 4, text: '' })
  })

  it('takes a two-line credit as one entry', () => {
    const r = roles('周晴 刘俊杰 李茂清', '摄影报道', '正文。')
    expect(r).toHaveLength(2)
    expect(r[0]).toMatchObject({ kind: 'credit', photographers: ['周晴', '刘俊杰', '李茂清'] })
  })

  it('takes a credit set on one line as the photographers', () => {
    // (a PDF's wider column holds the names and 摄影报道 on one line)
    expect(roles('吕文清 葛一帆 摄影报道', '正文。')[0]).toMatchObject({ kind: 'credit', photographers: ['吕文清', '葛一帆'] })
  })

  it('marks ad lines, markdown headings and text', () => {
    expect(roles('农农信信手手机机银银行行', '## 老街新生', '正文。').map((r) => r.kind)).toEqual(['ad', 'heading', 'text'])
  })
})

describe('endsParagraph', () => {
  it('is true after a sentence end, inside closing quotes, or for a bracketed line', () => {
    for (const t of ['完成任务。', '他说：“好！”', '真方便。”', '(第77号)', '……']) expect(endsParagraph(t)).toBe(true)
  })
  it('is false mid-sentence or after a quoted phrase', () => {
    for (const t of ['即以再', '要聚焦提升发展、', '希望企业家们要努力成为“思想家”', '会议指出：']) expect(endsParagraph(t)).toBe(false)
  })
})
