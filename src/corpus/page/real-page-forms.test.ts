// Forms of real e-paper and news-site copies (invented names and sentences): how each is read.
import { describe, expect, it } from 'vitest'
import { segmentText } from './segment-text.test-utils'

const byline = (reporters: string[], correspondents: string[] = [], photographers: string[] = []) => ({ reporters, correspondents, photographers })

describe('briefs and bylines of real pages', () => {
  it('closes each headline-less brief with the byline line under it: two briefs, two news articles', () => {
    const { articles } = segmentText([
      '昨日上午，某市人大常委会领导方志远带队到东岭镇开展调研，察看了村道建设情况。',
      '本报记者_葛小青',
      '昨日下午，某市人大常委会领导钱立新带队到西岭镇开展调研，听取了意见建议。',
      '本报记者_孟春',
    ].join('\n'))
    expect(articles.map((a) => [a.kind, a.headline, a.byline])).toEqual([
      ['news', null, byline(['葛小青'])],
      ['news', null, byline(['孟春'])],
    ])
  })

  it('takes a byline glued to the last sentence, and one in brackets that names the paper', () => {
    const glued = segmentText('　　昨日下午，某市领导带队调研，听取意见和建议。本报记者_阙小林').articles[0]!
    expect(glued.byline).toEqual(byline(['阙小林']))
    expect(glued.paragraphs).toEqual(['昨日下午，某市领导带队调研，听取意见和建议。'])
    const paper = segmentText('某县调度社区建设\n　　10月5日，县长方林带队调度社区建设。县委常委钱明参加。（青川日报记者 孟一凡）').articles[0]!
    expect(paper.byline).toEqual(byline(['孟一凡']))
    expect(paper.paragraphs.at(-1)).toMatch(/参加。$/)
  })

  it('reads a media-centre byline in half-width brackets with no space between role and name', () => {
    const a = segmentText('某市领导一行来调研\n\n5月8日,某市领导一行来调研,并召开座谈会。市领导陪同。(某某市融媒体中心记者钱多多 通讯员孙红)').articles[0]!
    expect(a.byline).toEqual(byline(['钱多多'], ['孙红']))
  })

  it('reads an unlabelled closing byline only as the writers of an article with none', () => {
    const a = segmentText('　　11月2日，某市环委会会议召开。\n\n　　各成员单位负责同志参加会议。 （周小兵 钱多多）').articles[0]!
    expect(a.byline).toEqual(byline(['周小兵', '钱多多']))
    const note = segmentText('本报讯 昨天，名单出炉。\n\n（评委名单详见今日本报第2版）').articles[0]!
    expect(note.paragraphs.at(-1)).toBe('（评委名单详见今日本报第2版）')
  })

  it('takes a byline that opens the first paragraph', () => {
    const a = segmentText('（记者 李一鸣）某市第五届人民代表大会第二次\n会议将于3月6日召开。3月2日，筹备工作就绪。').articles[0]!
    expect(a.byline).toEqual(byline(['李一鸣']))
    expect(a.paragraphs[0]).toMatch(/^某市第五届/)
  })

  it('reads a □融媒记者 line under a title broken over four lines', () => {
    const a = segmentText('县五届\n人大三次会议\n主席团召开\n第二次会议\n□融媒记者 方 圆\n　　本报讯 3月1日，县五届人大三次会议\n主席团召开第二次会议。').articles[0]!
    expect(a.byline).toEqual(byline(['方圆']))
    expect([a.kicker, a.headline, a.subheadline].filter(Boolean).join('').replace(/\s/g, '')).toBe('县五届人大三次会议主席团召开第二次会议')
  })
})

describe('headlines and captions of real pages', () => {
  it('tells a headline run straight into an indented column body', () => {
    const a = segmentText('某市调度城市社区建设情况\n　　10月5日，某市委副书记、市长方\n林带领相关单位负责人到东岭社区调\n度建设情况。').articles[0]!
    expect(a.headline).toBe('某市调度城市社区建设情况')
    expect(a.paragraphs).toEqual(['10月5日，某市委副书记、市长方林带领相关单位负责人到东岭社区调度建设情况。'])
  })

  it('tells a long headline of a page of whole paragraphs from the paragraph after it', () => {
    const a = segmentText('某市人大常委会委员、法工委主任方林一行来某县调研立法工作\n\n5月8日,某市人大常委会委员、法工委主任方林带领调研组一行,来某县对《某市城市建设管理条例(草案)》开展调研,先后到多地考察,并召开座谈会。').articles[0]!
    expect(a.headline).toBe('某市人大常委会委员、法工委主任方林一行来某县调研立法工作')
  })

  it('makes a caption closed by its credit a photo item beside the article', () => {
    const { articles } = segmentText('# 某区人大会议开幕 通过选举办法\n\n3月7日下午，某区人大会议开幕。记者 王 朗 摄\n\n3月7日，某区人大会议开幕。会议由钱明主持。\n\n会议听取了工作报告，审议了选举办法草案，表决通过了大会选举办法。')
    expect(articles.map((a) => [a.kind, a.headline, a.byline.photographers])).toEqual([
      ['news', '某区人大会议开幕 通过选举办法', []],
      // a photo item is headed by its caption, as photo items are everywhere in the corpus
      ['photo', '3月7日下午，某区人大会议开幕。', ['王朗']],
    ])
    expect(articles[0]!.paragraphs[0]).toBe('3月7日，某区人大会议开幕。会议由钱明主持。')
  })
})

describe('continuations and brief columns', () => {
  const lead = '县城新区建设全面提速\n本报讯（记者 方林）3月2日，县城新区建设现场一派繁忙景象，各项目施工有序推进。\n'
  it('reads continuation markers with Chinese numerals, in brackets or not', () => {
    expect(segmentText(`${lead}新区建设指挥部负责人介绍，今年将新开工项目12个。（下转第四版）`).articles[0]!.toPage).toBe(4)
    expect(segmentText(`${lead}新区建设指挥部负责人介绍，今年将新开工项目12个。转第2版`).articles[0]!.toPage).toBe(2)
  })

  it('reads the tail of an article begun on another page as a news article, the marker out of its text', () => {
    const [a] = segmentText('（上接第一版）新区建设指挥部负责人介绍，今年将新开工项目12个，计划完成投资15亿元。').articles
    expect(a).toMatchObject({ kind: 'news', paragraphs: ['新区建设指挥部负责人介绍，今年将新开工项目12个，计划完成投资15亿元。'] })
  })

  it('keeps a 简讯 column of ◆ items one article', () => {
    const { articles } = segmentText('简讯\n◆3月2日，县农业农村局召开春耕备耕工作会议，部署全县春耕生产工作。\n◆3月3日，县教育局组织开展校园安全大检查，排查隐患12处。')
    expect(articles.map((a) => [a.kind, a.headline, a.paragraphs.length])).toEqual([['news', '简讯', 2]])
  })

  it('calls a headline-less brief of running text news', () => {
    expect(segmentText('　　3月2日，县农业农村局召开春耕备耕工作会议，部署全县春耕生产工作，要求各乡镇抓紧抓实各项措施，确保春耕生产顺利开展。').articles[0]!.kind).toBe('news')
  })
})

describe('what the page does not print is never made up', () => {
  it('reads a stray character before a jump marker as no title, and prints the headline once', () => {
    const { articles, issue } = segmentText('县城新区建设全面提速\nO>>>3版')
    expect(articles.map((a) => [a.kind, a.headline, a.toPage])).toEqual([['teaser', '县城新区建设全面提速', 3]])
    expect(issue.articleIds).toHaveLength(1)
  })
})
