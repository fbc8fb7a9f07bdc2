import { describe, expect, it } from 'vitest'
import { parseBylineLine, parseBylineText, parseCredit } from './bylines'

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

describe('parseBylineText', () => {
  const names = (t: string) => parseBylineText(t)?.byline
  it('reads bylines that name the paper or the media centre', () => {
    expect(names('青田日报记者 周小兵')).toEqual({ reporters: ['周小兵'], correspondents: [], photographers: [] })
    expect(names('某某市融媒体中心记者钱多多 通讯员孙小红')).toEqual({ reporters: ['钱多多'], correspondents: ['孙小红'], photographers: [] })
    expect(names('□融媒记者 陆远航')?.reporters).toEqual(['陆远航'])
  })
  it('reads names joined to the role by nothing or an underscore, and a space inside a two-character name', () => {
    expect(names('记者何畅通讯员林立')).toEqual({ reporters: ['何畅'], correspondents: ['林立'], photographers: [] })
    expect(names('本报记者_方圆圆')?.reporters).toEqual(['方圆圆'])
    expect(names('见习记者 章 琪')?.reporters).toEqual(['章琪'])
    expect(names('特约通讯员 柯明')?.correspondents).toEqual(['柯明'])
  })
  it('reads a trailing 摄 as a photo credit', () => {
    expect(names('记者 王 朗 摄')).toEqual({ reporters: [], correspondents: [], photographers: ['王朗'] })
  })
  it('accepts unlabelled names only when they look like personal names', () => {
    expect(parseBylineText('周小兵 钱多多')).toEqual({ byline: { reporters: ['周小兵', '钱多多'], correspondents: [], photographers: [] }, labelled: false })
    expect(parseBylineText('群众评委名单详见今日本报第2版')).toBeNull()
    expect(parseBylineText('草案')).toBeNull()
  })

  it('reads 文/图 credits, a trailing 报道 and 融媒体 media', () => {
    expect(names('文/何畅 图/林立')).toEqual({ reporters: ['何畅'], correspondents: [], photographers: ['林立'] })
    expect(names('文/图 何畅')).toEqual({ reporters: ['何畅'], correspondents: [], photographers: ['何畅'] })
    expect(names('融媒体记者 孟一凡 报道')?.reporters).toEqual(['孟一凡'])
    expect(parseBylineText('图为县城新貌')).toBeNull()
  })

  it('parts names glued where the spaces between them were lost, each part a name (as OCR leaves a credit)', () => {
    expect(names('通讯员吴群张雯婧')).toEqual({ reporters: [], correspondents: ['吴群', '张雯婧'], photographers: [] })
    expect(names('记者 徐明 叶如舟杨益达')?.reporters).toEqual(['徐明', '叶如舟', '杨益达'])
    expect(parseBylineText('通讯员全县干部群众')).toBeNull()
  })

  it('reads a closing 文/图, roles written after each name (A/文 B/图) and a one-character media (县融媒体中心记者)', () => {
    expect(names('记者 何畅 通讯员 林立 文/图')).toEqual({ reporters: ['何畅'], correspondents: ['林立'], photographers: [] })
    expect(names('何畅 林立/文 蒋一鸣/图')).toEqual({ reporters: ['何畅', '林立'], correspondents: [], photographers: ['蒋一鸣'] })
    expect(names('县融媒体中心记者 孟一凡')?.reporters).toEqual(['孟一凡'])
  })
})

describe('leads of other media', () => {
  it('reads the datelines of media centres and the wire, and a byline line wholly in brackets', () => {
    expect(parseBylineLine('本台讯（记者 周小兵）3月2日，会议召开。')).toMatchObject({ kind: 'lead', byline: { reporters: ['周小兵'] }, rest: '3月2日，会议召开。' })
    expect(parseBylineLine('某某县融媒体中心讯（记者 钱多多 通讯员 孙红）昨天，会议召开。')?.byline).toEqual({ reporters: ['钱多多'], correspondents: ['孙红'], photographers: [] })
    expect(parseBylineLine('新华社北京3月5日电（记者 林立）会议开幕。')?.byline.reporters).toEqual(['林立'])
    expect(parseBylineLine('（本报记者 何畅 通讯员 林立）')).toMatchObject({ kind: 'standalone', byline: { reporters: ['何畅'], correspondents: ['林立'] } })
    expect(parseBylineLine('通讯员 林立')).toMatchObject({ kind: 'standalone', byline: { correspondents: ['林立'] } })
  })

  it('reads 实习生 and a media centre named alone before its writers', () => {
    expect(parseBylineText('本报记者 何畅 实习生 林立')?.byline).toEqual({ reporters: ['何畅', '林立'], correspondents: [], photographers: [] })
    expect(parseBylineText('县融媒体中心 周小兵 钱多多')).toMatchObject({ byline: { reporters: ['周小兵', '钱多多'] }, labelled: true })
  })

  it('reads a byline after the dateline without brackets, and a dateline with its day', () => {
    expect(parseBylineLine('本报讯 记者何畅 通讯员林立 报道：3月2日，会议召开。')).toMatchObject({ kind: 'lead', byline: { reporters: ['何畅'], correspondents: ['林立'] }, rest: '3月2日，会议召开。' })
    expect(parseBylineLine('本报3月30日讯（记者 何畅）会议召开。')).toMatchObject({ kind: 'lead', byline: { reporters: ['何畅'] }, rest: '会议召开。' })
    expect(parseBylineLine('本报讯 3月2日，记者从县委获悉：会议召开。')).toMatchObject({ kind: 'lead', byline: { reporters: [] } })
  })
})

describe('a byline without brackets after the dateline', () => {
  it('ends where the lead opens with its day', () => {
    expect(parseBylineLine('本报讯 记者 周小川4月27日下午，县政协召开会议')).toMatchObject({ byline: { reporters: ['周小川'] }, rest: '4月27日下午，县政协召开会议' })
    expect(parseBylineLine('本报讯 记者 周小川 近日，县政协召开会议')?.byline.reporters).toEqual(['周小川'])
  })
})

describe('credits as web copies print them', () => {
  it('reads 撰稿 as a writer, 摄像 as a photographer, a colon after the role, and two names glued', () => {
    expect(parseBylineText('撰稿：王小明')?.byline.reporters).toEqual(['王小明'])
    expect(parseBylineText('摄像：李大伟')?.byline.photographers).toEqual(['李大伟'])
    expect(parseBylineText('记者：王小明 李大伟 赵一凡')?.byline.reporters).toEqual(['王小明', '李大伟', '赵一凡'])
    expect(parseBylineText('通讯员王明李强')?.byline.correspondents).toEqual(['王明', '李强'])
    expect(parseBylineText('通讯员欧阳明华')?.byline.correspondents).toEqual(['欧阳明华'])
  })
})
