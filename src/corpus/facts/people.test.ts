import { describe, expect, it } from 'vitest'
import { articleOf } from './fact-helpers.test-utils'
import { findNameMentions } from './people'

const roles = (text: string, home = '平阳县') =>
  findNameMentions(articleOf([text]), home).map((m) => `${m.name}:${m.roles.map((r) => `${r.place ?? '-'}${r.title}`).join('+')}`)

describe('findNameMentions', () => {
  it('reads a title and the name after it, the bare county title belonging to the paper\'s county', () => {
    expect(roles('县委书记董智武主持召开全县领导干部大会。')).toEqual(['董智武:平阳县县委书记'])
  })

  it('gives each title of a compound one role', () => {
    expect(roles('县委副书记、县长陈桂雷主持。')).toEqual(['陈桂雷:平阳县县委副书记+平阳县县长'])
    expect(roles('市委常委、区委书记徐光文主持召开区委常委会会议。', '莲都区')).toEqual(['徐光文:丽水市市委常委+莲都区区委书记'])
  })

  it('lets a named place scope the titles after it in the same list', () => {
    expect(roles('仙居县委书记占雅静、县长马奇华、县人大常委会主任陈红雷等参加，平阳县委书记孟晓斌、县长陈桂雷陪同。')).toEqual([
      '占雅静:仙居县县委书记', '马奇华:仙居县县长', '陈红雷:仙居县县人大常委会主任', '孟晓斌:平阳县县委书记', '陈桂雷:平阳县县长',
    ])
  })

  it('gives city titles to the prefecture city and keeps a department in the title', () => {
    expect(roles('市经信局局长翁伟荣出席。', '松阳县')).toEqual(['翁伟荣:丽水市市经信局局长'])
    expect(roles('市委副书记、市长姚高员在大会上点评。')).toEqual(['姚高员:温州市市委副书记+温州市市长'])
  })

  it('reads a name printed between the organ and the title', () => {
    expect(roles('全国两会精神、省委车俊书记在全省领导干部会议上的讲话精神，市委胡海峰书记提出要求。', '莲都区')).toEqual([
      '车俊:浙江省省委书记', '胡海峰:丽水市市委书记',
    ])
    expect(roles('深刻领会习近平总书记重要讲话精神。')).toEqual(['习近平:-总书记'])
  })

  it('ends a name where a verb or particle starts: 陈栋强调, 林杰等, 占雅静表示', () => {
    expect(roles('县政协主席陈栋强调，要提高认识。')).toEqual(['陈栋:平阳县县政协主席'])
    expect(roles('县政协主席林杰等参加。')).toEqual(['林杰:平阳县县政协主席'])
    expect(roles('社区书记徐秀眼里满是希冀。')).toEqual(['徐秀:-社区书记'])
  })

  it('reads lists of leaders without inventing titles for them', () => {
    expect(roles('县领导莫靓、温小运等出席。', '松阳县')).toEqual(['莫靓:', '温小运:'])
    expect(roles('市经信局局长翁伟荣，莫靓、徐为民、廖宝云、周鸿飞等县四套班子领导出席。', '松阳县')).toEqual([
      '翁伟荣:丽水市市经信局局长', '莫靓:', '徐为民:', '廖宝云:', '周鸿飞:',
    ])
  })

  it('does not take words that look like names for people', () => {
    expect(roles('村民老谢一边忙活着手上的活，一边开心地说。社区书记表示欢迎。')).toEqual([])
    expect(roles('昆阳、鳌江、萧江、万全等8个乡镇分别作交流发言。')).toEqual([])
  })

  it('takes journalists from the byline, but not a pen name', () => {
    const article = articleOf(['正文。'], 'x', { byline: { reporters: ['叶琳'], correspondents: ['松纪宣'], photographers: ['陈培勇'] } })
    expect(findNameMentions(article, null).map((m) => [m.name, m.kind])).toEqual([['叶琳', 'journalist'], ['陈培勇', 'journalist']])
  })
})
