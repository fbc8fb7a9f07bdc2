import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { doubtsOf, MarkedText, spansOf } from './marked-text'

const link = (s: string, key: string) => <a key={key} href="#p">{s}</a>

describe('text with doubtful stretches', () => {
  it('finds a line OCR read with little confidence where it stands, spaces aside', () => {
    expect(doubtsOf('会上，记者 叶清源 介绍了情况。', [{ text: '记者叶清源介绍', title: 't' }])).toEqual([{ start: 3, end: 12, title: 't' }])
    expect(doubtsOf('会上介绍了情况。', [{ text: '不在文中', title: 't' }])).toEqual([])
  })

  it('underlines only the doubtful characters, saying why, and keeps a link inside one whole', () => {
    const text = '县委书记董智武主持会议并讲话。'
    const html = renderToStaticMarkup(<MarkedText text={text} spans={spansOf(text, ['董智武'], link)} doubts={doubtsOf(text, [{ text: '董智武主持', title: '把握不大' }])} />)
    expect(html).toBe('县委书记<span class="underline decoration-orange-500 decoration-wavy decoration-1 underline-offset-4" title="把握不大" data-doubtful="true"><a href="#p">董智武</a></span><span class="underline decoration-orange-500 decoration-wavy decoration-1 underline-offset-4" title="把握不大" data-doubtful="true">主持</span>会议并讲话。')
  })

  it('is the text as it was without doubts', () => {
    const text = '会议强调，要抓好落实。'
    expect(renderToStaticMarkup(<MarkedText text={text} spans={[]} />)).toBe(text)
  })
})
