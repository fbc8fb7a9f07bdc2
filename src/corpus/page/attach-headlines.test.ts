import { describe, expect, it } from 'vitest'
import { isDeck } from './attach-headlines'
import { segmentText } from './segment-text.test-utils'

describe('attachHeadlines', () => {
  it('gives headlines printed after an untitled body back to it when they describe it', () => {
    const { articles } = segmentText(
      ['□ 记者 王秋蕊', '本报讯 6月1日下午，莲都区生态工业高质量发展推进会召开。', '会议学习贯彻全市生态工业发展大会精神。',
        '莲都区召开生态工业高质量发展推进会', '□ 通讯员 吴群', '本报讯 6月2日上午，莲都区党建智治平台正式上线运行。'].join('\n'),
    )
    expect(articles.map((a) => a.headline)).toEqual(['莲都区召开生态工业高质量发展推进会', null])
  })

  it('keeps headlines above a byline with the article below when they describe it', () => {
    const { articles } = segmentText(
      ['本报讯（记者 李明）昨天，全县植树造林动员会召开。', '桥头镇纽扣小镇迎来首批研学团队', '本报讯（记者 郑晨）3月19日，桥头镇纽扣小镇迎来首批研学团队。'].join('\n'),
    )
    expect(articles.map((a) => a.headline)).toEqual([null, '桥头镇纽扣小镇迎来首批研学团队'])
  })

  it('puts a kicker ending in a dash run above the main title', () => {
    const { articles } = segmentText(['全县纪检监察组织扛起监督首责———', '砥砺奋进扬清风', '忠诚担当谱新篇', '本报记者 叶琳', '一年来，全县纪检监察组织忠诚履职。'].join('\n'))
    expect(articles[0]).toMatchObject({ kicker: '全县纪检监察组织扛起监督首责———', headline: '砥砺奋进扬清风 忠诚担当谱新篇' })
  })

  it('never makes a deck of who chaired and attended the main title', () => {
    expect(isDeck('董智武主持 许益伟曾上俊周基斌参加')).toBe(true)
    expect(isDeck('全县领导干部大会召开')).toBe(false)
  })
})
