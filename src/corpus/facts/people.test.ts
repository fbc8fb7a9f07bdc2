import { describe, expect, it } from 'vitest'
import { articleOf } from '../../shared/corpus-records.test-utils'
import { findNameMentions } from './people'
import { silentReporter } from '../lib/diagnostics'

const roles = (text: string, home = '平阳县') =>
  findNameMentions({ article: articleOf([text]), home }, silentReporter).map((m) => `${m.name}:${m.roles.map((r) => `${r.place ?? '-'}${r.title}`).join('+')}`)

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
    expect(findNameMentions({ article, home: null }, silentReporter).map((m) => [m.name, m.kind])).toEqual([['叶琳', 'journalist'], ['陈培勇', 'journalist']])
  })

  it('takes a reporter as a person whatever the form of the name (a Mongolian name), but not a desk', () => {
    const article = articleOf(['正文。'], 'x', { byline: { reporters: ['其木格', '乌宣办'], correspondents: [], photographers: [] } })
    expect(findNameMentions({ article, home: null }, silentReporter).map((m) => m.name)).toEqual(['其木格'])
  })

  it('reads a chain of titles with the place printed in front, the chain sharing it', () => {
    expect(roles('5月8日,丽水市人大常委会委员、法制委副主任委员、法工委主任方林带领调研组一行来调研。', '缙云县')).toEqual([
      '方林:丽水市市人大常委会委员+丽水市法制委副主任委员+丽水市法工委主任',
    ])
    expect(roles('义乌市委常委、统战部长钱明参加。', '义乌市')).toEqual(['钱明:义乌市市委常委+义乌市统战部长'])
    expect(roles('义乌市人大常委会党组副书记、某某服务中心主任、总工会主席孙红陪同。', '义乌市')).toEqual([
      '孙红:义乌市市人大常委会党组副书记+义乌市某某服务中心主任+义乌市总工会主席',
    ])
  })

  it('keeps compound titles whole: 常务副市长, 代理检察长, 区法院院长', () => {
    expect(roles('市委常委、常务副市长汪明主持会议。', '义乌市')).toEqual(['汪明:义乌市市委常委+义乌市常务副市长'])
    expect(roles('区法院院长熊立，区检察院代理检察长钟平列席会议。', '鹿城区')).toEqual(['熊立:鹿城区区法院院长', '钟平:鹿城区区检察院代理检察长'])
  })

  it('gives every name listed after a title several people hold that title', () => {
    expect(roles('副区长梁一、陈二、艾三列席会议。', '鹿城区')).toEqual(['梁一:鹿城区副区长', '陈二:鹿城区副区长', '艾三:鹿城区副区长'])
  })

  it('lends the organ of a full title to a bare 副主任 later in the sentence', () => {
    expect(roles('县人大常委会主任张明，副主任李华、王强出席。')).toEqual(['张明:平阳县县人大常委会主任', '李华:平阳县县人大常委会副主任', '王强:平阳县县人大常委会副主任'])
  })

  it('keeps visiting officials in their own place and hosts in the paper\'s', () => {
    expect(roles('台州市副市长赵明在我市主持召开座谈会。', '温岭市')).toEqual(['赵明:台州市副市长'])
    expect(roles('重庆市渝中区副区长钱明出席。', '渝中区')).toEqual(['钱明:渝中区副区长'])
    expect(roles('北京某某商会会长吴明带领考察团来考察。', '瑞安市')).toEqual(['吴明:-北京某某商会会长'])
  })

  it('ends a name before the 说 of a quote: 镇长王卫说 is 王卫', () => {
    expect(roles('“这条路修好了，村里就活了。”鳌江镇镇长王卫说。', '平阳县')).toEqual(['王卫:鳌江镇镇长'])
  })

  it('ends a name before a two-character verb: 李明带领 is 李明', () => {
    expect(roles('市委副书记、市长李明带领相关单位负责人调度。', '寿光市')).toEqual(['李明:寿光市市委副书记+寿光市市长'])
  })

  it('makes people, not roles, of former titles and session functions', () => {
    expect(roles('区人大常委会原主任米明、原一级巡视员吕华应邀就座。', '鹿城区')).toEqual(['米明:', '吕华:'])
    expect(roles('会议由大会执行主席戴明主持。', '鹿城区')).toEqual(['戴明:'])
    expect(roles('本次会议执行主席由黄一、何二、王三担任。', '鹿城区')).toEqual(['黄一:', '何二:', '王三:'])
    expect(roles('大会主席团常务主席章明、陈美、胡合出席会议。', '永康市')).toEqual(['章明:', '陈美:', '胡合:'])
  })

  it('reads lists of leaders by what closes them, and single leaders after 领导', () => {
    expect(roles('谢一、王二、张三等区领导和大会主席团成员在主席台就座。', '鹿城区')).toEqual(['谢一:', '王二:', '张三:'])
    expect(roles('昨日下午，某市人大常委会领导郭一、林二带队到东岭镇调研。', '晋江市')).toEqual(['郭一:', '林二:'])
    expect(roles('昨日下午，某市人大常委会领导姚明带队到西岭镇调研。', '晋江市')).toEqual(['姚明:'])
  })

  it('reads half-width copies as full-width ones', () => {
    expect(roles('5月8日,县委书记钱明主持召开会议,县长孙红出席。')).toEqual(['钱明:平阳县县委书记', '孙红:平阳县县长'])
  })

  it('reads the titles of a 旗, of a town named before its title, and national offices of no place', () => {
    expect(roles('旗委书记巴特尔主持会议，旗委副书记、旗长王建军出席。', '鄂托克旗')).toEqual(['巴特尔:鄂托克旗旗委书记', '王建军:鄂托克旗旗委副书记+鄂托克旗旗长'])
    expect(roles('东石镇党委书记陈志明、镇长林海涛陪同。', '晋江市')).toEqual(['陈志明:东石镇镇党委书记', '林海涛:东石镇镇长'])
    expect(roles('国家主席习近平发表讲话，国务院总理李强出席。')).toEqual(['习近平:-国家主席', '李强:-国务院总理'])
  })

  it('reads names a headline lists with spaces', () => {
    const article = articleOf(['会议召开。'], 'p-a01', { subheadline: '钱明 孙红出席' })
    expect(findNameMentions({ article, home: '平阳县' }, silentReporter).map((m) => m.name)).toEqual(['钱明', '孙红'])
  })

  it('reads the titles of a 苏木 named before them', () => {
    expect(roles('达尔汗苏木党委书记巴图主持会议。', '鄂托克旗')[0]).toMatch(/^巴图:.*苏木党委书记$/)
  })

  it('reads a name without a Han surname right after a title and before the verb of a meeting', () => {
    expect(roles('旗委书记其其格主持召开旗委常委会会议。', '鄂托克旗')).toEqual(['其其格:鄂托克旗旗委书记'])
    expect(roles('县委书记亲自主持召开会议。县长再次强调。副县长认真听取，随后讲话。')).toEqual([])
  })

  it('lets an item of a list that names its own town keep that town', () => {
    expect(roles('达尔汗苏木党委书记巴图、五马街道党工委书记陈伟列席会议。', '鄂托克旗')).toEqual(['巴图:达尔汗苏木苏木党委书记', '陈伟:五马街道街道党工委书记'])
  })
})

describe('titles and people as county papers print them', () => {
  it('lends the organ of a full title to a bare one later in the list, and its holders share it', () => {
    expect(roles('旗人大常委会主任吴金山、副主任林海、巴特尔、乌云、刘小兵出席会议。', '克什克腾旗')).toEqual([
      '吴金山:克什克腾旗旗人大常委会主任', '林海:克什克腾旗旗人大常委会副主任', '巴特尔:克什克腾旗旗人大常委会副主任',
      '乌云:克什克腾旗旗人大常委会副主任', '刘小兵:克什克腾旗旗人大常委会副主任',
    ])
  })

  it('reads the government named without its level as the county government', () => {
    expect(roles('县人大副主任赵文山、政府副县长钱立新等参加会议。', '绛县')).toEqual(['赵文山:绛县县人大副主任', '钱立新:绛县副县长'])
    expect(roles('旗委副书记、旗人民政府代理旗长孙海峰讲话。', '克什克腾旗')).toEqual(['孙海峰:克什克腾旗旗委副书记+克什克腾旗代理旗长'])
  })

  it('reads a province head, and a name before 所作的 or 作的 report', () => {
    expect(roles('会议听取了河北省人民政府省长周建国所作的政府工作报告。')).toEqual(['周建国:河北省省长'])
    expect(roles('会议听取了旗人民政府副旗长马成作的报告。', '克什克腾旗')).toEqual(['马成:克什克腾旗副旗长'])
  })

  it('reads a list of companions after 与 closed by 一同, names without a Han surname among them', () => {
    expect(roles('县委书记王明远与李刚、其木格、阎红军一同来到项目现场。')).toEqual(['王明远:平阳县县委书记', '李刚:', '其木格:', '阎红军:'])
  })

  it('never takes the words of a list for names', () => {
    expect(roles('县委书记王明远与教育、卫生、文化等部门负责人座谈。')).toEqual(['王明远:平阳县县委书记'])
  })
})

describe('elliptical titles and lists of members', () => {
  it('gives a bare position in a chain or a later clause the organ of the full title before it', () => {
    expect(roles('县政协党组书记、主席林国华出席。')).toEqual(['林国华:平阳县县政协党组书记+平阳县县政协主席'])
    expect(roles('县人大常委会主任王立东，副主任陈小平、李明，党组成员赵一凡出席会议。')).toEqual([
      '王立东:平阳县县人大常委会主任', '陈小平:平阳县县人大常委会副主任', '李明:平阳县县人大常委会副主任', '赵一凡:平阳县县人大常委会党组成员',
    ])
    expect(roles('县政协主席林国华、副主席张伟，秘书长吴平出席。')).toEqual(['林国华:平阳县县政协主席', '张伟:平阳县县政协副主席', '吴平:平阳县县政协秘书长'])
  })

  it('reads the members a session lists as people, not office holders', () => {
    expect(roles('委员王存东、李小虎、赵一凡作了发言。')).toEqual(['王存东:', '李小虎:', '赵一凡:'])
    expect(roles('委员周小平就《推进乡村振兴》作了发言。')).toEqual(['周小平:'])
  })
})

describe('a title written around the name', () => {
  it('reads 省委常委、李某秘书长 as both titles of the province', () => {
    expect(roles('省委常委、李国强秘书长一行来我县调研。')).toEqual(['李国强:浙江省省委常委+浙江省省委秘书长'])
  })

  it('reads a name with a bare title after it (王某主任介绍了…) as a person, guessing no organ for the title', () => {
    expect(roles('会上，钱立群主任介绍了有关情况，常务副县长的讲话随后印发。')).toEqual(['钱立群:'])
  })

  it('gives 王某主任 the organ the article names, where it names exactly one (县人大常委会)', () => {
    expect(roles('县人大常委会召开主任会议。钱立群主任主持会议并讲话。')).toEqual(['钱立群:平阳县县人大常委会主任'])
    expect(roles('县人大常委会和市人大常委会联合调研。钱立群主任强调，要抓好落实。')).toEqual(['钱立群:'])
  })

  it('reads the head of a government written after the name (张某副县长参加) as that title of the county', () => {
    expect(roles('周立新副县长参加调研，并看望了一线干部。')).toEqual(['周立新:平阳县副县长'])
    expect(roles('王建华一行先后来到两个村，吴海涛县长陪同。')).toEqual(['吴海涛:平阳县县长'])
  })
})

describe('titles of their own place in a chain, and assistants', () => {
  it('reads an item naming its own place as that place\'s title (南充市委常委、仪陇县委书记)', () => {
    expect(roles('南充市委常委、仪陇县委书记张勇主持会议。', '仪陇县')).toEqual(['张勇:南充市市委常委+仪陇县县委书记'])
  })

  it('reads a place run into the words before it, its sentence end lost (…的新机遇仙居县委书记), as the title\'s', () => {
    expect(roles('双方将探寻协同共进的新机遇仙居县委书记占雅静、县长马奇华等参加。')).toEqual(['占雅静:仙居县县委书记', '马奇华:仙居县县长'])
  })

  it('reads two titles glued without their 、 (市委副书记市长) as two', () => {
    expect(roles('市委副书记市长姚高员出席会议。')).toEqual(['姚高员:温州市市委副书记+温州市市长'])
  })

  it('reads 县长助理 as a title of the county', () => {
    expect(roles('县长助理吕方，县政府办主任施然参加会议。')).toEqual(['吕方:平阳县县长助理', '施然:平阳县县政府办主任'])
  })
})

describe('a headline of names', () => {
  it('reads names and what they did (张三 李四出席 王五主持), never a deed as part of a name', () => {
    const found = findNameMentions({ article: articleOf(['会议强调，要抓好落实。'], 'h', { headline: '张立新 王海出席 李强主持' }), home: '平阳县' }, silentReporter)
    expect([...new Set(found.map((m) => m.name))].sort()).toEqual(['张立新', '李强', '王海'])
  })
})

describe('a title misprinted', () => {
  it('is the title the article prints right, a character dropped or doubled', () => {
    const text = '县人大常委会副主任陈小平主持会议。县人大常委会副主任李明、赵一凡出席。县人大常委副主任王东作报告。县人大常委会副主主任钱进讲话。'
    expect(roles(text)).toEqual([
      '陈小平:平阳县县人大常委会副主任', '李明:平阳县县人大常委会副主任', '赵一凡:平阳县县人大常委会副主任', '王东:平阳县县人大常委会副主任', '钱进:平阳县县人大常委会副主任',
    ])
  })

  it('leaves two real titles one character apart alone when each is printed as often', () => {
    expect(roles('县委书记王明出席。县委副书记李刚主持。')).toEqual(['王明:平阳县县委书记', '李刚:平阳县县委副书记'])
  })

  it('reads a person named by an epithet, with no role, even where a county\'s name is inside the name', () => {
    expect(roles('子长县是民族英雄谢子长的故乡，革命烈士王二小等事迹感人。')).toEqual(['谢子长:', '王二小:'])
    expect(roles('县里的英雄事迹报告会召开。')).toEqual([])
  })
})
