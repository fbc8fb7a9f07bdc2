import { describe, expect, it } from 'vitest'
import { articleOf, issueOf } from '../../shared/corpus-records.test-utils'
import { nameFinder } from './link-people'
import { findMeetings } from './meetings'
import { silentReporter } from '../lib/diagnostics'

const names = nameFinder(['董智武', '陈伟俊', '姚高员', '许益伟', '曾上俊', '陈栋', '陈桂雷', '孟晓斌', '邱忠瑜', '徐光文'])
const meetings = (paragraphs: string[], date: string | null = '2025-01-10', range?: [string, string]) =>
  findMeetings({ article: articleOf(paragraphs), issue: issueOf('平阳县', date, range), names }, silentReporter)

describe('findMeetings', () => {
  it('normalises a meeting held by a body: 县十七届人大常委会召开第二十二次会议', () => {
    const [m] = meetings(['昨天下午，县十七届人大常委会召开第二十二次会议。县人大常委会主任曾上俊主持会议。'])
    expect(m).toMatchObject({
      name: '县十七届人大常委会第二十二次会议', session: { term: 17, number: 22 }, status: 'held',
      date: { value: '2025-01-09', basis: 'relative', text: '昨天下午' }, chair: ['曾上俊'], place: '平阳县',
    })
  })

  it('gives 主持会议 to the meeting, not to a ceremony named later in the same sentence', () => {
    const found = meetings(['1月9日，县十七届人大常委会召开第二十二次会议。县人大常委会主任曾上俊主持会议会议表决通过了有关事项曾上俊为新任职人员颁发任命书，并主持举行宪法宣誓仪式。'])
    expect(found.map((m) => [m.name, m.chair])).toEqual([['县十七届人大常委会第二十二次会议', ['曾上俊']], ['宪法宣誓仪式', []]])
  })

  it('reads a body that holds a bare 会议 as its meeting (县委常委会召开会议), and a person\'s 召开会议 as none', () => {
    expect(meetings(['1月8日至9日，县委常委会召开会议，县委书记董智武主持。']).map((m) => [m.name, m.date.value, m.chair])).toEqual([['县委常委会会议', '2025-01-08', ['董智武']]])
    expect(meetings(['1月8日，县委书记董智武主持召开会议。'])).toEqual([])
  })

  it("reads a session's sitting reported in the body as the sitting, not the session too", () => {
    const found = meetings(['1月9日上午，县十七届人大五次会议举行第二次全体会议。大会执行主席陈栋主持会议。'])
    expect(found.map((m) => [m.name, m.chair])).toEqual([['县十七届人大五次会议第二次全体会议', ['陈栋']]])
  })

  it('reads a session that closes (闭幕) as held, with the chair of its closing sitting', () => {
    const [m] = meetings(['1月9日上午，政协第十届委员会第三次会议在县会议中心闭幕。闭幕会由县政协主席陈栋主持。'])
    expect(m).toMatchObject({ name: '政协第十届委员会第三次会议', status: 'held', date: { value: '2025-01-09' }, chair: ['陈栋'] })
  })

  it('leaves 昨天 unresolved on a page whose day is unknown', () => {
    const [m] = meetings(['昨天下午，县委书记董智武主持召开全县领导干部大会。'], null, ['2019-01-01', '2019-12-31'])
    expect(m).toMatchObject({ name: '全县领导干部大会', date: { value: null, basis: 'relative' }, chair: ['董智武'] })
  })

  it('gives 昨天 on a page the content dates to a week that week, shifted, beside the best day', () => {
    const issue = { ...issueOf('平阳县', '2025-01-10'), date: { value: '2025-01-10', earliest: '2025-01-09', latest: '2025-01-15', basis: 'content' as const, evidence: [] } }
    const [m] = findMeetings({ article: articleOf(['昨天下午，县委书记董智武主持召开全县领导干部大会。']), issue, names }, silentReporter)
    expect(m!.date).toEqual({ value: '2025-01-09', basis: 'relative', text: '昨天下午', earliest: '2025-01-08', latest: '2025-01-14' })
  })

  it('reads an explicit date with the page\'s year, and a chair in a sentence of its own', () => {
    const [m] = meetings(['6月11日，我县举行2025年乡镇“三比三看”第一次交流活动。', '县委书记孟晓斌作总结讲话。县委副书记、县长陈桂雷主持。县领导曾上俊、陈栋、邱忠瑜等出席。'], '2025-06-13')
    expect(m).toMatchObject({
      name: '2025年乡镇“三比三看”第一次交流活动', date: { value: '2025-06-11', basis: 'explicit', text: '6月11日' },
      chair: ['陈桂雷'], speakers: ['孟晓斌'], attendees: ['曾上俊', '陈栋', '邱忠瑜'],
    })
  })

  it('reads a meeting named before 召开 and where it was held', () => {
    const [m] = meetings(['3月29日下午，浙江省医疗卫生“山海”提升工程签约仪式在杭州举行。'], '2021-03-31')
    expect(m).toMatchObject({ name: '浙江省医疗卫生“山海”提升工程签约仪式', place: '杭州市', date: { value: '2021-03-29' } })
  })

  it('gives a speaker to the meeting named in "在…上", not to the one the article reports', () => {
    const found = meetings(['昨天下午，县委书记董智武主持召开全县领导干部大会。', '前天下午，述政大会举行。市委书记陈伟俊在述政大会上指出，要奋战。'])
    expect(found.map((m) => [m.name, m.chair, m.speakers])).toEqual([['全县领导干部大会', ['董智武'], []], ['述政大会', [], ['陈伟俊']]])
  })

  it('marks a meeting that is only referred to as referenced, not held', () => {
    const found = meetings(['6月2日下午，区委书记徐光文主持召开区委常委会会议。会议传达学习全市领导干部会议精神。'], '2020-06-03')
    expect(found.map((m) => [m.name, m.status])).toEqual([['区委常委会会议', 'held'], ['全市领导干部会议', 'referenced']])
  })

  it('does not make a cited name a speaker', () => {
    const found = meetings(['昨天，县委书记董智武主持召开全县领导干部大会。董智武就如何贯彻陈伟俊书记讲话精神和姚高员市长点评要求，强调了三点意见。'])
    expect(found[0]!.speakers).not.toContain('陈伟俊')
    expect(found[0]!.speakers).not.toContain('姚高员')
  })

  it('names a committee meeting held inside a session by its whole name, without the 的 before it', () => {
    const [m] = meetings(['记者从1月29日上午举行的县五届人大三次会议议案审查委员会会议上了解到,大会共收到议案30件。'], '2024-01-30')
    expect(m).toMatchObject({ name: '县五届人大三次会议议案审查委员会会议', status: 'held', date: { value: '2024-01-29' } })
  })

  it('reads a named 调研会 joined to an activity by 暨, dated 昨日', () => {
    const [m] = meetings(['昨日下午，某市人大常委会领导方林带队到东岭镇开展城乡环境整治专题调研会暨“双联”活动。'], '2021-03-30')
    expect(m).toMatchObject({ name: '城乡环境整治专题调研会暨“双联”活动', date: { value: '2021-03-29', basis: 'relative' } })
  })

  it('keeps a speaker glued in front out of the name, and no bare 座谈会', () => {
    const found = meetings(['3月7日，某区第九届人民代表大会第二次会议开幕。', '陈栋宣布某区第九届人民代表大会第二次会议开幕。随后召开座谈会。'], '2024-03-08')
    expect(found.map((m) => m.name)).toEqual(['某区第九届人民代表大会第二次会议'])
  })

  it('reads half-width web copies: a chair after 由, a clause ended by a half-width comma', () => {
    const [m] = meetings(['6月2日下午,县委常委会会议召开,会议由县委书记董智武主持。'], '2025-06-03')
    expect(m).toMatchObject({ name: '县委常委会会议', chair: ['董智武'], date: { value: '2025-06-02' } })
  })

  it("dates a day written without its month by the month the article names, or the page's", () => {
    const [m] = meetings(['3月以来，全县推进春耕。13日上午，县委常委会会议召开。'], '2025-03-15')
    expect(m).toMatchObject({ name: '县委常委会会议', date: { value: '2025-03-13', text: '13日上午' } })
    expect(meetings(['28日上午，县委常委会会议召开。'], '2025-03-02')[0]!.date.value).toBe('2025-02-28')
  })

  it('reads a meeting dated between its name and its verb, and not one announced', () => {
    const found = meetings(['县十七届人大常委会第二十次会议于3月5日上午在县行政中心召开。县第十八届人民代表大会第二次会议将于3月20日召开。'], '2025-03-06')
    expect(found.map((m) => [m.name, m.date.value])).toEqual([['县十七届人大常委会第二十次会议', '2025-03-05']])
  })

  it('does not take a meeting whose sitting is only scheduled (…会议召开时间的决定) for one held', () => {
    const found = meetings(['3月5日，县十八届人大常委会第九次会议召开。会议审议通过了关于县十八届人大三次会议召开时间的决定，讨论决定了县十八届人大四次会议召开日期。'], '2025-03-06')
    expect(found.map((m) => m.name)).toEqual(['县十八届人大常委会第九次会议'])
  })
})

describe('meetings the papers name in other ways', () => {
  it('reads a meeting named with quoted words and an event word of its own (安排会)', () => {
    expect(meetings(['◆ 1月8日，我县召开“元旦”“春节”期间森林防火工作安排会。']).map((m) => [m.name, m.date.value]))
      .toEqual([['“元旦”“春节”期间森林防火工作安排会', '2025-01-08']])
  })

  it('takes a meeting only the headline names, on the day the report opens with, with its chair', () => {
    const found = findMeetings({
      article: articleOf(['本报讯 1月8日下午，42名政协委员围绕全县发展积极建言。会议由县政协主席陈伟俊主持。'], 'h', { headline: '政协平阳县第十一届三次会议举行第二次全体会议' }),
      issue: issueOf('平阳县', '2025-01-10'), names,
    }, silentReporter)
    expect(found.map((m) => [m.name, m.date.value, m.chair])).toEqual([['政协平阳县第十一届三次会议第二次全体会议', '2025-01-08', ['陈伟俊']]])
  })
})

describe('chairs and attendees as papers list them', () => {
  it('gives every name of a list that chairs the chair', () => {
    const found = meetings(['1月8日，县十七届人大常委会第十次会议召开。县人大常委会副主任陈伟俊、曾上俊、陈栋主持会议相关议程。'])
    expect(found[0]!.chair).toEqual(['陈伟俊', '曾上俊', '陈栋'])
  })

  it('reads a headline of names: those who attended and the chair', () => {
    const found = findMeetings({
      article: articleOf(['1月8日，县政协召开十一届常委会第五次会议。'], 'h', { kicker: '董智武 陈伟俊出席 孟晓斌主持' }),
      issue: issueOf('平阳县', '2025-01-10'), names,
    }, silentReporter)
    expect(found.map((m) => [m.chair, m.attendees])).toEqual([[['孟晓斌'], ['董智武', '陈伟俊']]])
  })
})
