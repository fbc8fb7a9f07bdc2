// Titles as county papers print them before a name: one or a chain joined by 、 (寿光市委常委、统战部长曹建国;
// 潍坊市人大常委会委员、法制委副主任委员、法工委主任刘晓东), with the places printed in front of them (重庆市渝中区
// 副区长), organs and departments of every kind (区检察院代理检察长, 市经信局局长), associations (某某商会会长),
// and the marks that make a title not a current role: 原 (former), session functions (执行主席, 常务主席).

/** Positions a title ends with, longest first so that 常务副市长 is not read as 副市长. */
const POSITIONS = [
  '市长助理', '县长助理', '区长助理', '旗长助理', '常务副市长', '常务副县长', '常务副区长', '常务副旗长', '常务副镇长', '常务副乡长', '常务副主任', '常务副主席', '常务副书记', '常务副部长', '常务副局长',
  '党组副书记', '党组书记', '党组成员', '党委副书记', '党委书记', '党工委副书记', '党工委书记', '党总支书记', '党支部书记',
  '副主任委员', '主任委员', '代理检察长', '副检察长', '检察长', '副总经理', '总经理', '副董事长', '董事长', '副理事长', '理事长',
  '副秘书长', '秘书长', '副总编辑', '总编辑', '一级巡视员', '二级巡视员', '巡视员', '一级调研员', '二级调研员', '调研员', '副指挥长', '指挥长',
  '副书记', '书记', '常委', '委员', '副主任', '主任', '副主席', '主席', '副部长', '部长', '副局长', '局长', '副院长', '院长', '副庭长', '庭长',
  '代省长', '副省长', '省长', '代市长', '代县长', '代区长', '代旗长', '代镇长', '代乡长', '副市长', '市长', '副县长', '县长', '副区长', '区长', '副旗长', '旗长', '副镇长', '镇长', '副乡长', '乡长',
  '副会长', '会长', '副校长', '校长', '副所长', '所长', '副站长', '站长', '副行长', '行长', '副社长', '社长', '副台长', '台长', '副队长', '队长',
  '副政委', '政委', '副处长', '处长', '副科长', '科长', '副组长', '组长', '总工程师', '总会计师', '督察长',
  '副总理', '总理', '副委员长', '委员长',
]
export const POSITION = new RegExp(POSITIONS.join('|'), 'g')
export const POSITION_AT_END = new RegExp(`(?:${POSITIONS.join('|')})$`)

/** Level characters an organ starts with, and village-level ones that carry no place. */
const LEVEL_START = /^(?:省|市|县|区|旗|镇|乡|苏木|街道|社区|村|嘎查)/
/** What never stands inside a title: particles, prepositions, verbs of a clause, digits, punctuation. */
const STOP = /[的在是为对将把被由与和及同向从到了着等并也都又还请让使给据按因于以至今称\d，。、；：！？“”‘’（）《》()\s·—…]/
const MAX_TITLE = 18
/** An association or enterprise a title may belong to when no level starts it: 北京某某商会会长. */
const ORG_SUFFIX = /(?:商会|协会|学会|联合会|总工会|工会|基金会|促进会|研究会|公司|集团|银行|中心|医院|学校|中学|小学|大学|学院|研究院|研究所|委员会|管委会|合作社)$/
/** The organs of national offices: 国家主席, 国务院总理, 全国人大常委会委员长 — of no place. */
const NATIONAL_ORGAN = /(?:国家|国务院|全国人大常委会|全国政协|中央军委)$/

/** Positions that hold a title alone, without an organ before them: 副县长, 县长, 常务副市长, 代市长, 县长助理. */
const SELF_STANDING = /^(?:常务)?(?:副|代)?(?:省|市|县|区|旗|镇|乡)长(?:助理)?$/
/** Titles several people hold at once: a list of names after one shares it (副区长A、B、C). */
const SHARED = /(?:^副|副[^副]*$|常委$|委员$)/

export interface TitleSpan {
  /** as printed, without the places in front of it */
  title: string
  /** the division printed in front of it (潍坊市 of 潍坊市人大常委会委员), if any */
  named: string | null
  start: number
  end: number
  /** 原主任, 原一级巡视员: a former title (the name is a person, not a holder) */
  former: boolean
  /** starts with a level (县委书记) rather than standing in a chain (、统战部长) or on an association */
  kind: 'level' | 'chained' | 'association' | 'national'
}

type DivisionAt = (text: string, at: number) => string | null

/**
 * The title that ends with the position at [ps, pe): walked back over the characters an organ may hold, then
 * past the places printed in front (重庆市渝中区), keeping the level character they end with (寿光市委 → 市委).
 */
export function titleEndingAt(clause: string, ps: number, pe: number, divisionAt: DivisionAt): TitleSpan | null {
  let s = ps
  while (s > 0 && ps - s < MAX_TITLE && !STOP.test(clause[s - 1]!)) s--
  let named: string | null = null
  let at = s
  // a place inside the run starts the title (…的新机遇仙居县委书记: the 。 before the place lost, as OCR loses it);
  // looked for only where the run holds a level character past its first two (the common 县委书记 holds none)
  if (!divisionAt(clause, at) && /[省市县区旗镇乡木道]/.test(clause.slice(s + 2, ps))) {
    for (let k = s + 1; k < ps - 1; k++) {
      const place = divisionAt(clause, k)
      if (place && k + place.length <= ps) {
        at = k
        break
      }
    }
  }
  for (let place = divisionAt(clause, at); place && at + place.length <= ps; place = divisionAt(clause, at)) {
    named = place
    at += place.length
  }
  let start = at
  // the level character a place ends with starts the title after it: 寿光市委常委 → 市委常委, 东石镇党委书记 → 镇党委书记
  const after = clause.slice(at, pe)
  if (named && !LEVEL_START.test(after) && !/^[副常代]/.test(after)) start = at - (/(?:苏木|街道)$/.test(named) ? 2 : 1)
  const span = clause.slice(start, pe)
  // 原主任, 区人大常委会原主任: the 原 stands at the start or right before the position
  const former = span.startsWith('原') || clause[ps - 1] === '原'
  const title = former ? (span.startsWith('原') ? span.slice(1) : span.slice(0, ps - 1 - start) + span.slice(ps - start)) : span
  if (start === ps || (named && at === ps)) {
    // nothing but the position: it must say its own level (副区长), unless a place was printed before it
    if (!SELF_STANDING.test(title) && !(named && LEVEL_START.test(title))) return null
    return { title, named, start, end: pe, former, kind: 'level' }
  }
  if (LEVEL_START.test(title) || named) return { title, named, start, end: pe, former, kind: 'level' }
  const org = title.slice(0, title.length - (pe - ps))
  const national = org.match(NATIONAL_ORGAN)
  if (national) return { title: title.slice(national.index), named: null, start: start + national.index!, end: pe, former, kind: 'national' }
  if (ORG_SUFFIX.test(org)) return { title, named: null, start, end: pe, former, kind: 'association' }
  // a level character inside the walked-back run starts the title: 全体县委常委 → 县委常委
  const inner = title.search(/(?:[省市县区旗镇乡]|街道|苏木)(?![副常代])/)
  if (inner > 0 && inner < org.length) return { title: title.slice(inner), named: null, start: start + inner, end: pe, former, kind: 'level' }
  return null
}

/** An item of a chain after 、: the whole item is the title (统战部长, 港产城融合发展服务中心主任). */
export function chainedTitleAt(clause: string, from: number): TitleSpan | null {
  POSITION.lastIndex = from
  for (let m = POSITION.exec(clause); m && m.index - from <= MAX_TITLE; m = POSITION.exec(clause)) {
    const span = clause.slice(from, m.index + m[0].length)
    if (STOP.test(span)) return null
    const former = span.startsWith('原')
    return { title: former ? span.slice(1) : span, named: null, start: from, end: m.index + m[0].length, former, kind: 'chained' }
  }
  return null
}

/** 执行主席, 主席团常务主席: functions of one session, not offices (their holders are people, not roles). */
export const isSessionFunction = (clause: string, ps: number, position: string) =>
  position === '主席' && /(?:执行|常务)$/.test(clause.slice(0, ps))

export const isSharedTitle = (title: string) => SHARED.test(title)

/** 县人民政府副县长 → 副县长, 市政府副市长 → 副市长, as the gold convention and the papers' own short forms have it. */
export function dropGovernment(title: string): string {
  // 旗人民政府代理旗长 → 代理旗长; 政府副县长 (the county's, as a list prints it) → 副县长
  return title.replace(/^([省市县区旗])?(?:人民)?政府((?:常务)?(?:副|代理|代)?([省市县区旗])长)$/, (all, organ: string | undefined, position: string, level: string) => (!organ || organ === level ? position : all))
}

/** The organ of a title (县人大常委会 of 县人大常委会主任), to lend to a bare 副主任 later in the sentence. */
export function organOf(title: string): string | null {
  const m = title.match(POSITION_AT_END)
  const organ = m ? title.slice(0, m.index) : ''
  return organ && LEVEL_START.test(organ) ? organ : null
}
