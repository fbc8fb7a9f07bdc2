import { describe, expect, it } from 'vitest'
import { findAppointments, splitPost } from './appointments'
import { silentReporter } from '../lib/diagnostics'
import { articleOf } from '../../shared/corpus-records.test-utils'

const notice = (paragraphs: string[]) => findAppointments({ article: articleOf(paragraphs, 'n', { kind: 'notice' }), issueDate: '2025-01-10' }, silentReporter)

describe('findAppointments', () => {
  it('reads 任命 and 免去 with the organ, the title and the notice\'s own date', () => {
    const found = notice(['某县人大常委会会议通过，决定任命：', '张峻榕为平阳县人民政府副县长。', '决定免去：', '陈国翰的平阳县人民政府副县长职务。', '平阳县人民代表大会常务委员会', '2025年1月9日'])
    expect(found.map(({ name, action, org, title, date }) => ({ name, action, org, title, date }))).toEqual([
      { name: '张峻榕', action: 'appoint', org: '平阳县人民政府', title: '副县长', date: '2025-01-09' },
      { name: '陈国翰', action: 'remove', org: '平阳县人民政府', title: '副县长', date: '2025-01-09' },
    ])
  })

  it('names the body that decided — the notice\'s signature, else the session — apart from the office\'s organ', () => {
    const signed = notice(['经县第十七届人大常委会第九次会议通过，决定任命：', '林海为平阳县人民政府副县长。', '平阳县人民代表大会常务委员会', '2025年1月9日'])
    expect(signed[0]).toMatchObject({ org: '平阳县人民政府', decidedBy: '平阳县人民代表大会常务委员会' })
    const reported = anywhere(['3月1日，县十八届人大常委会第九次会议召开，任命林海为县人民政府副县长。'])
    expect(reported[0]).toEqual(['appoint', '林海', '县人民政府', '副县长', '2024-03-01'])
    const [a] = findAppointments({ article: articleOf(['3月1日，县十八届人大常委会第九次会议召开，任命林海为县人民政府副县长。']), issueDate: '2024-03-02' }, silentReporter)
    expect(a!.decidedBy).toBe('县十八届人大常委会')
  })

  it('quotes a resignation from the clause naming the person, not the legal preamble', () => {
    const [a] = notice(['根据《中华人民共和国代表法》第四十九条的规定，以及代表提出的辞职报告，经县人大常委会第九次会议通过，决定接受林海辞去平阳县第十七届人民代表大会代表职务的请求。'])
    expect(a!.sentence).toBe('决定接受林海辞去平阳县第十七届人民代表大会代表职务的请求。')
  })

  it('reads several people resigning as deputies at once', () => {
    const found = notice(['决定接受金宗来、徐顺兵、周泳等辞去平阳县第十七届人民代表大会代表职务的请求。'])
    expect(found.map((a) => [a.name, a.action, a.title, a.org])).toEqual([
      ['金宗来', 'resign', '县人大代表', '平阳县第十七届人民代表大会'],
      ['徐顺兵', 'resign', '县人大代表', '平阳县第十七届人民代表大会'],
      ['周泳', 'resign', '县人大代表', '平阳县第十七届人民代表大会'],
    ])
    expect(found[0]!.date).toBe('2025-01-10')
  })

  it('reads elections', () => {
    expect(notice(['会议补选王明为县人民代表大会常务委员会委员。'])[0]).toMatchObject({ name: '王明', action: 'elect', title: '委员' })
  })

  it('keeps a seat in a higher congress as written, its congress as the org', () => {
    expect(anywhere(['会议补选林海同志为温州市第十四届人民代表大会代表。'])[0]).toEqual(['elect', '林海', '温州市第十四届人民代表大会', '人民代表大会代表', '2024-03-02'])
    expect(splitPost('浙江省第十四届人民代表大会代表')).toEqual({ org: '浙江省第十四届人民代表大会', title: '人民代表大会代表' })
    // a county-level city's own congress is the county's: 县人大代表's form, 市人大代表
    expect(splitPost('瑞安市第十七届人民代表大会代表')).toEqual({ org: '瑞安市第十七届人民代表大会', title: '市人大代表' })
  })

  it('splits a post into the organ and the title', () => {
    expect(splitPost('临海市人民政府副市长')).toEqual({ org: '临海市人民政府', title: '副市长' })
    expect(splitPost('县长')).toEqual({ org: null, title: '县长' })
  })

  it('finds nothing in an article without appointments', () => {
    expect(notice(['会议听取了工作汇报。'])).toEqual([])
  })

  const anywhere = (paragraphs: string[]) => findAppointments({ article: articleOf(paragraphs), issueDate: '2024-03-02' }, silentReporter).map((a) => [a.action, a.name, a.org, a.title, a.date])

  it('reads appointments in a news report, with a current title before the name', () => {
    expect(anywhere(['会议决定任命县委常委钱明同志为县人民政府副县长。'])).toEqual([['appoint', '钱明', '县人民政府', '副县长', '2024-03-02']])
  })

  it('reads several appointments and elections in one sentence: 选举A为B，C为D', () => {
    expect(anywhere(['大会选举张伟为县人民政府县长，刘洋为县人民检察院检察长。'])).toEqual([
      ['elect', '张伟', '县人民政府', '县长', '2024-03-02'], ['elect', '刘洋', '县人民检察院', '检察长', '2024-03-02'],
    ])
  })

  it('splits coordinated and several titles: 省、市人大代表 is two', () => {
    expect(anywhere(['陈静当选为省、市人大代表。']).map((a) => a[3])).toEqual(['省人大代表', '市人大代表'])
    expect(anywhere(['会议决定任命吴斌为县人民政府副县长、县公安局局长。']).map((a) => a[3])).toEqual(['副县长', '县公安局局长'])
    // a bare post after one with its organ is of that organ
    expect(anywhere(['会议决定任命吴斌为县人民政府副县长、代理县长。']).map((a) => [a[2], a[3]])).toEqual([['县人民政府', '副县长'], ['县人民政府', '代理县长']])
  })

  it('reads every name of a list appointed to one post: 任命A、B为审判员', () => {
    expect(anywhere(['会议任命张一帆、李二虎同志为县人民法院审判员。']).map((a) => a.slice(0, 4))).toEqual([
      ['appoint', '张一帆', '县人民法院', '审判员'],
      ['appoint', '李二虎', '县人民法院', '审判员'],
    ])
  })

  it('keeps 代 titles, reads 免去 and 接受…辞去, and dates by the session that decided', () => {
    expect(anywhere(['会议决定任命吴斌为县人民政府代县长。'])[0]![3]).toBe('代县长')
    expect(anywhere(['会议决定免去王强的县交通运输局局长职务。'])[0]).toEqual(['remove', '王强', null, '县交通运输局局长', '2024-03-02'])
    expect(anywhere(['会议接受赵刚辞去县人民政府副县长职务的请求。'])[0]!.slice(0, 2)).toEqual(['resign', '赵刚'])
    // 免去 without 的: the post begins with its place (免去A县…职务, 免去A同志中共…职务), several in a list
    expect(anywhere(['会议决定免去孙亮县卫生健康局局长职务，钱红同志中共某镇委员会书记职务。']).map((a) => a.slice(0, 4))).toEqual([
      ['remove', '孙亮', null, '县卫生健康局局长'],
      ['remove', '钱红', '中共某镇委员会', '书记'],
    ])
    expect(anywhere(['3月1日，县十八届人大常委会第五次会议召开。会议决定任命周敏为县审计局局长。'])[0]![4]).toBe('2024-03-01')
  })

  it('reads a notice title, once where the body repeats it', () => {
    const title = (headline: string, paragraphs: string[]) => findAppointments({ article: articleOf(paragraphs, 'n', { headline }), issueDate: '2024-03-02' }, silentReporter).map((a) => [a.action, a.name])
    expect(title('关于接受钱明等辞去某县第五届人民代表大会代表职务的决定', [])).toEqual([['resign', '钱明']])
    expect(title('关于接受钱明辞去某县第五届人民代表大会代表职务的决定', ['会议决定接受钱明辞去某县第五届人民代表大会代表职务。'])).toEqual([['resign', '钱明']])
  })
})

describe('an appointment made at a session', () => {
  const dated = (paragraphs: string[], issueDate: string | null, issueYear: number | null = null) =>
    findAppointments({ article: articleOf(paragraphs), issueDate, issueYear }, silentReporter).map((a) => [a.action, a.name, a.date])

  it('is dated by the session, a day without its month taking the page month', () => {
    expect(dated(['本报讯 13日，县十六届人大常委会第九次会议召开。会议决定任命林小东为县人民政府副县长。'], '2024-03-15'))
      .toEqual([['appoint', '林小东', '2024-03-13']])
  })

  it('takes the month before for a day after the page day', () => {
    expect(dated(['28日，县人大常委会第五次会议召开，会议决定接受赵一鸣同志辞去县人民政府县长职务。'], '2024-03-02'))
      .toEqual([['resign', '赵一鸣', '2024-02-28']])
  })

  it('takes the year of a page known only by its year, and never invents a day', () => {
    expect(dated(['11月20日，旗人大常委会第三次会议召开，任命周文强为旗人民政府副旗长。'], null, 2019)).toEqual([['appoint', '周文强', '2019-11-20']])
    expect(dated(['20日，旗人大常委会第三次会议召开，任命周文强为旗人民政府副旗长。'], null, 2019)).toEqual([['appoint', '周文强', null]])
  })
})
