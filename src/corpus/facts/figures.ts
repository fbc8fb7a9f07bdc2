// Stage: reported quantities — a number with a measure, multipliers multiplied out (4348万元 → 43480000 元),
// qualifiers (余 多 超 约 近 不少于), percentages, a label saying what is counted, the year it refers to.
// Not figures: dates, years, ordinals, session numbers, issue and phone numbers, durations.
import { CHINESE_NUMERAL_CHARS, parseNumber } from '../lib/chinese-numerals'
import type { Stage } from '../lib/diagnostics'
import { articleSentences, evidenceOf } from '../lib/sentences'
import { isNumericCell } from '../page/line-roles'
import { foldWidth } from '../lib/width'
import { pushAll } from '../lib/collections'
import { taggedWords } from '../lexicon/words'
import type { Article, Figure, Issue } from '../../shared/corpus-schema'

const UNITS = [
  '平方公里', '平方米', '万平方米', '立方米', '公顷', '公里', '千米', '公斤', '千克', '人次', '场次', '户次', '车次', '架次', '千瓦时', '千瓦',
  '元', '亩', '吨', '人', '名', '个', '家', '项', '场', '次', '件', '起', '条', '份', '期', '支', '批', '户', '所', '座', '辆', '台',
  '套', '张', '间', '株', '棵', '头', '只', '册', '篇', '部', '处', '块', '栋', '幢', '米', '斤', '%', '‰', '倍', '万',
  '位', '宗', '例', '票', '艘', '趟', '种', '类', '首', '幅', '本', '箱', '组', '届次', '台次', '人(次)', '人（次）', '百分点', '标准箱', '千瓦时', '兆瓦',
].sort((a, b) => b.length - a.length)
/** A bracketed unit is one unit: 人（次） → 人次. */
const UNIT_FORM: Record<string, string> = { '人(次)': '人次', '人（次）': '人次' }

/**
 * A number, never begun inside a run of digits or numerals: a match tried at every digit of a long run (a line of
 * 20,000 digits) made the search quadratic, and a figure begun inside a number is not one anyway.
 */
const NUM = `(?:(?<![\\d.])\\d+(?:\\.\\d+)?|(?<![${CHINESE_NUMERAL_CHARS}])[一二两三四五六七八九十][${CHINESE_NUMERAL_CHARS}]*)`
const UNIT_ALTERNATIVES = UNITS.map((u) => u.replace(/[()]/g, '\\$&')).join('|')
/** A compound unit kept whole: 元/平方米, 万元/亩, 吨/年 */
const PATTERN = new RegExp(
  `(不少于|不低于|超过|超|约|近|逾|达到|达)?(${NUM})(余|多)?(万|亿|千)?(万|亿)?(余|多)?((?:${UNIT_ALTERNATIVES})(?:/(?:${UNIT_ALTERNATIVES}|年|月|日|小时))?)(余|多)?`,
  'g',
)
/** What after a count makes it a duration, an age or a rank: 个月, 周年, 年来 */
const NOT_A_MEASURE_AFTER = /^(月|小时|周年|年|岁|强|届|版|号|楼|层|分钟|秒|天|日)/
const QUALIFIER: Record<string, string> = { 不少于: '不少于', 不低于: '不低于', 超过: '超', 超: '超', 约: '约', 近: '近', 逾: '超' }
const CLASSIFIERS = new Set(['个', '家', '名', '人', '项', '所', '支', '座', '条', '件', '起', '份', '批', '户', '场', '次', '人次', '场次', '间', '处', '部', '辆', '台', '套'])
const LABEL_STOP = /[，。；：、（）()！？]/
const VERB_LEAD = /^(?:实现|完成|达到|达|共计|总计|合计|共|为|是|有)(?=[\u4e00-\u9fff]{2})/

export const findFigures: Stage<{ article: Article; issue: Issue }, Figure[]> = ({ article, issue }) => {
  const figures: Figure[] = []
  const pageYear = Number((issue.date.value ?? issue.date.earliest ?? '').slice(0, 4)) || null
  const sentences = articleSentences(article)
  // "2020年，全县…" opening an article sets the year of all it reports; otherwise a year holds for its paragraph
  const articleYear = sentences[0] && /^((?:19|20)\d{2})年[，,]/.test(sentences[0].text) ? yearOf(sentences[0].text, pageYear) : null
  let year: number | null = articleYear
  let paragraph = -1
  for (const s of sentences) {
    if (s.paragraph !== paragraph) [paragraph, year] = [s.paragraph, articleYear]
    year = yearOf(s.text, pageYear) ?? year
    for (const f of figuresIn(s.text, article.id, year)) if (!repeats(figures, f)) figures.push({ ...f, id: figureId(article.id, figures.length) })
  }
  // a figure the headline prints is the article's own: one figure where the body repeats it (119件 in both)
  for (const head of [article.kicker, article.headline, article.subheadline]) {
    if (!head) continue
    for (const f of figuresIn(head, article.id, articleYear ?? pageYear)) {
      if (!figures.some((b) => b.value === f.value && b.unit === f.unit)) figures.push({ ...f, id: figureId(article.id, figures.length) })
    }
  }
  for (const table of article.tables) pushAll(figures, tableFigures(article, table.rows, articleYear ?? pageYear, figures.length))
  return figures
}

const figureId = (articleId: string, n: number) => `${articleId}-f${String(n + 1).padStart(2, '0')}`

/** The same count of the same thing said again (20名群众评委 … 20名群众评委将…) is one figure. */
const repeats = (figures: Figure[], f: Omit<Figure, 'id'>) => figures.some((x) => x.value === f.value && x.unit === f.unit && x.label === f.label)

/** The power of ten a 万, 亿 or 千 stands for. */
const powerOf = (mult: string | undefined) => (mult === '亿' ? 8 : mult === '万' ? 4 : mult === '千' ? 3 : 0)

/**
 * A printed number times 10^power, as decimal arithmetic gives it: 78.9亿 is 7890000000, not the 7890000000.000001
 * that 78.9 × 1e8 gives in binary floating point (the shift is done on the number's decimal text).
 */
export const scaled = (value: number, power: number) => (power ? Number(`${value}e${power}`) : value)

function figuresIn(printed: string, articleId: string, year: number | null): Omit<Figure, 'id'>[] {
  const text = foldWidth(printed)
  const out: Omit<Figure, 'id'>[] = []
  for (const m of text.matchAll(PATTERN)) {
    const [raw, pre, num, inner, mult1, mult2, post1, unit, post2] = m
    const before = text.slice(Math.max(0, m.index - 2), m.index)
    const after = text.slice(m.index + raw!.length)
    if (isNotAFigure(num!, unit!, before, after, mult1)) continue
    const printedValue = parseNumber(num!)
    if (printedValue == null) continue
    const baseUnit = unit === '万平方米' ? '平方米' : (UNIT_FORM[unit!] ?? unit!)
    const value = scaled(printedValue, powerOf(mult1) + powerOf(mult2) + (unit === '万平方米' ? 4 : 0))
    if (baseUnit === '万') continue
    out.push({
      articleId,
      raw: printed.slice(m.index, m.index + raw!.length),
      value: Math.round(value * 1e6) / 1e6,
      unit: baseUnit,
      qualifier: (pre && QUALIFIER[pre]) || inner || post1 || post2 || null,
      label: `${isTarget(text, m.index) ? '目标' : ''}${labelFor(text, m.index, m.index + raw!.length, unit!)}`,
      year: Number(after.match(/^((?:19|20)\d{2})年度/)?.[1]) || year,
      sentence: evidenceOf(printed, raw!),
    })
  }
  return out
}

/**
 * A figure of a plan, not of a result: its clause says 力争, 目标, 计划, 预计, 确保, 争取 or 到…年 before it. Its label
 * says 目标 so that a target is never one series with what was achieved (到2025年产值达到100亿 is not 2025's output).
 */
/** How far before a number its plan's words are looked for: longer than any clause that announces a target. */
const TARGET_LOOKBACK = 120

function isTarget(text: string, at: number): boolean {
  // the sentence before the number, read back a bounded way: every figure of a long paragraph costs the same
  const clause = text.slice(Math.max(0, at - TARGET_LOOKBACK), at).split(/[。；！？]/).pop() ?? ''
  return /力争|目标|计划|预计|确保|争取|有望|预期|(?:^|[，、])到(?:19|20)\d{2}年/.test(clause)
}

/**
 * Every number of an indicator table is a figure labelled by its row: the value column takes the row's
 * unit (亿元 multiplied out), a column headed 增长/同比/% is a percentage.
 */
function tableFigures(article: Article, rows: string[][], year: number | null, offset: number): Figure[] {
  const header = rows[0] && !rows[0].some(isNumericCell) ? rows[0] : null
  const unitColumn = header?.findIndex((h) => /单位/.test(h)) ?? -1
  const out: Figure[] = []
  for (const row of header ? rows.slice(1) : rows) {
    const label = row[0]!
    row.forEach((cell, j) => {
      if (j === 0 || j === unitColumn || !isNumericCell(cell)) return
      const head = header?.[j] ?? ''
      const percent = cell.endsWith('%') || /%|％|增长|增幅|同比|比重|率/.test(head)
      const unitText = percent ? '%' : (unitColumn >= 0 ? row[unitColumn] : head.match(/[（(]([^）)]+)[）)]/)?.[1]) ?? ''
      const scale = unitText.match(/^(万|亿|千)?(.*)$/)!
      const value = Number(cell.replace(/[,%]/g, '').replace('−', '-'))
      if (!Number.isFinite(value)) return
      out.push({
        id: `${article.id}-f${String(offset + out.length + 1).padStart(2, '0')}`,
        articleId: article.id,
        raw: `${cell}${percent || !unitText ? '' : unitText}`,
        value: scaled(value, powerOf(scale[1])),
        unit: percent ? '%' : scale[2] || unitText,
        qualifier: null,
        label: percent && head ? `${label}${head.replace(/[（(]?[%％][)）]?/g, '')}` : label,
        year,
        sentence: row.join(' '),
      })
    })
  }
  return out
}

function isNotAFigure(num: string, unit: string, before: string, after: string, mult: string | undefined): boolean {
  if (/第$/.test(before)) return true // ordinals: 第二十二次
  if (NOT_A_MEASURE_AFTER.test(after) && /^[个次]$/.test(unit)) return true // 2个月, 3次年
  if ((/^\d/.test(after) && !/^\d{4}年/.test(after)) || /^\d{7,}$/.test(num)) return true // phone and issue numbers
  if (/届$/.test(before) || (/^[^\d]/.test(num) && /^[次届]$/.test(unit))) return true // sessions: 十六届四十三次
  if (/[\d.]$/.test(before)) return true
  if (/^[^\d]/.test(num)) {
    // Chinese numerals: only real counts (十五个, 两万人), not 一把手, 两个维护, 三比三看
    const v = parseNumber(num)
    if (v == null || (v < 10 && !mult) || /[〇零]/.test(num)) return true
  }
  if (unit === '%' && /^\d{4}$/.test(num)) return true
  return false
}

/** What is counted: the noun after the measure (5200平方米的研发中心), else the phrase before the number. */
function labelFor(text: string, start: number, end: number, unit: string): string {
  // "10家2019年度十强工业企业": the year belongs to the label's noun, not to the count
  // "100条—200条表述语": the first end of a range counts what the second does
  const range = text.slice(end).match(RANGE_END)
  const after = text.slice(end + (range?.[0].length ?? 0)).replace(/^(?:的|(?:19|20)\d{2}年度?)/, '')
  // quotes kept until the noun phrase is read: a quoted name (“共享社·幸福里”单元) is one word of it
  const quotedPhrase = cutAtVerb(after.split(LABEL_STOP)[0]!)
  const afterPhrase = unquote(quotedPhrase)
  if (afterPhrase && /^[\u4e00-\u9fff“]/.test(after) && !/^(以上|左右|以下|之多)/.test(after)) {
    // A classifier counts the head noun after 的 (2家省级认定的小微企业园); a measure weighs the
    // material before it (3万吨特种钢管的生产能力).
    // (100余名周边村民和残疾人的就业: a head that is a verb is said of what comes before it, so the whole phrase)
    // (…等9个文化强县的同时: a head that is no noun at all, a conjunction or an adverb, leaves the noun before it)
    const parts = quotedPhrase.split('的').filter((p) => unquote(p).length >= 2)
    const firstTag = (p: string) => taggedWords(unquote(p))[0]?.tag ?? ''
    // (4个项目的情况汇报: a first part that is all noun is what is counted, the rest is said of it)
    const firstWords = parts[0] ? taggedWords(unquote(parts[0])) : []
    const countsFirst = parts.length > 1 && firstWords.length > 0 && firstWords.every((w) => /^n/.test(w.tag))
    const head = countsFirst ? parts[0] : parts.findLast((p, i) => i === 0 || !/^(?:c|d|p|u|r|t)/.test(firstTag(p)))
    if (CLASSIFIERS.has(unit) && head && head !== parts[0] && /^v/.test(firstTag(head))) return trimLabel(afterPhrase.slice(0, 16))
    const noun = (CLASSIFIERS.has(unit) ? head : parts[0]) ?? quotedPhrase
    return trimLabel(nounPhrase(noun).slice(0, 16))
  }
  const before = (text.slice(0, start).split(LABEL_STOP).pop() ?? '').replace(/[“”"‘’]/g, '')
  // 代表联名提出的议案55件: what is counted is the noun after the last 的, not the clause before it
  const afterDe = before.split('的').at(-1)!
  const noun = afterDe.length >= 2 && before.includes('的') ? afterDe : before
  // a plan's words (力争到2027年) and the verb before the number (突破, 达到) are no part of what is measured
  const planless = noun.replace(/^(?:力争|争取|确保|预计|计划|目标)?(?:在|到|至)?(?:(?:19|20)\d{2}年(?:底|末|前)?)?/, '').replace(/(?:突破|达到|超过|增至|提高到|提升到|控制在|保持在)$/, '')
  const unverbed = withoutLeadingFunctionWords(afterClauseVerb(planless.replace(VERB_LEAD, '')))
  return trimLabel((unverbed.length >= 2 ? unverbed : noun).slice(-16))
}

/**
 * Tags that go on a noun phrase read after a count: nouns, nominal verbs (发电), attributes (县级), measures, and
 * words the dictionary does not know (双招, 小微: the segmenter's guesses, mostly terms and names).
 */
const IN_NOUN_PHRASE = /^(?:n|vn|b|j|q|m|x|zg)/
const unquote = (text: string) => text.replace(/[“”"‘’]/g, '')
/** Head nouns a verb before them describes (组成人员, 履职不力问题): the verb is then inside the noun phrase. */
const HEAD_NOUN = /^(?:人员|问题|情况|单位|项目|工程|企业|干部|群众|村民|代表|委员|对象|家庭|农户|人口|资金|面积|设施|事项|案件|线索)$/

/**
 * The noun phrase a count is followed by, as words: 16个乡镇分会承办了… counts 乡镇分会, 3000余名在职党员干部纷纷… counts
 * 在职党员干部, 20余名医护人员及志愿者采用… counts 医护人员及志愿者. Its first word may be an attribute of any kind.
 */
function nounPhrase(quoted: string): string {
  // a quoted span is one proper noun; the rest is cut and tagged
  const words = quoted.split(/([“"][^”"]*[”"])/).filter(Boolean).flatMap((part) => (/^[“"]/.test(part) ? [{ word: unquote(part), tag: 'nz' }] : taggedWords(part)))
  const phrase = unquote(quoted)
  let end = words[0]?.word.length ?? 0
  for (const [i, w] of words.entries()) {
    if (i === 0) continue
    // anything else ends it (承办, 纷纷, 具体, 紧紧围绕), but a verb a head noun follows within two words (组成人员,
    // 履职不力问题) and a conjunction between nouns (医护人员及志愿者)
    const describesHead = /^v/.test(w.tag) && words.slice(i + 1, i + 3).some((n) => HEAD_NOUN.test(n.word))
    const joinsNouns = w.tag === 'c' && /^n/.test(words[i + 1]?.tag ?? '')
    if (!IN_NOUN_PHRASE.test(w.tag) && !describesHead && !joinsNouns) break
    end += w.word.length
  }
  return end >= 2 ? phrase.slice(0, end) : phrase
}

/** 我县就募集善款 → 募集善款: a subject pronoun and adverbs before what is counted are not part of it. */
function withoutLeadingFunctionWords(phrase: string): string {
  // the page's own county as the subject (我县, 全市) is no part of what is counted
  const self = phrase.match(/^(?:我|本|全)(?:县|市|区|旗)/)?.[0].length ?? 0
  const words = taggedWords(phrase.slice(self))
  let start = self
  for (const w of words) {
    if (!/^(?:r|d|c|p|zg|u)/.test(w.tag)) break
    start += w.word.length
  }
  return phrase.length - start >= 2 ? phrase.slice(start) : phrase
}

const RANGE_END = new RegExp(`^[—–\\-~～至到]\\s*${NUM}(?:万|亿)?(?:${UNIT_ALTERNATIVES})?`)
/**
 * Verbs before what is counted, after the clause's subject if it has one: 共收到议案55件 counts 议案, and
 * 大会共收到代表10人以上 counts 代表.
 */
const CLAUSE_VERB = /(?:共收到|收到|共有|完成|实现|产生了?|选出|其中)/g
/**
 * Words that say what kind of quantity it is — an increment (新增), a running total (累计) — and so belong to the
 * label: 累计产值 44.5亿 (2018) and 3年累计新增产值 100亿 are two measures, never one series.
 */
const MEASURE_KIND = /(?:累计|新增|新建|净增)+(?=[\u4e00-\u9fff]{2,}$)/g

/** What follows the last verb of CLAUSE_VERB, when that is a word (two characters or more); else the phrase. */
function afterClauseVerb(phrase: string): string {
  let cut = 0
  for (const m of phrase.matchAll(CLAUSE_VERB)) cut = m.index + m[0].length
  for (const m of phrase.slice(cut).matchAll(MEASURE_KIND)) return phrase.slice(cut + m.index)
  return phrase.length - cut >= 2 ? phrase.slice(cut) : phrase
}
/** Where the noun after a measure ends: 20名群众评委来自… counts 群众评委. */
const VERB_AFTER_NOUN = /(?:来自|将|参加|参与|进行|正在|已经|已|被|获得|实现|完成|达到|分别|通过|经过|开展|得到|成为|入选|列入|纳入|参评|共同|一起)/

function cutAtVerb(phrase: string): string {
  const m = phrase.slice(2).match(VERB_AFTER_NOUN)
  return m ? phrase.slice(0, 2 + m.index!) : phrase
}

function trimLabel(label: string): string {
  return label.replace(/(的|了|等|共|达|为|是)$/, '').trim()
}

/** The year a sentence speaks of: 2018年…, 去年 against the page's year, 过去一年. */
function yearOf(text: string, pageYear: number | null): number | null {
  const explicit = text.match(/((?:19|20)\d{2})年(?!度)/)
  if (explicit && !/到|至|力争/.test(text.slice(Math.max(0, explicit.index! - 3), explicit.index))) return Number(explicit[1])
  if (pageYear && /去年|过去一年|上一年/.test(text)) return pageYear - 1
  if (pageYear && /今年/.test(text)) return pageYear
  return null
}
