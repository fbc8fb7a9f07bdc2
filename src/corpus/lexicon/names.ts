// Where a personal name ends. Chinese runs names into the words around them (县委书记董智武主持召开), so a
// name is read after a title or in a list, and its end is found by what may follow a name.
import { looksLikeName, surnameLength } from './surnames'

/** Words that follow a name: verbs of meetings and speech, particles, list ends. */
const AFTER_NAME = [
  '主持', '出席', '参加', '陪同', '讲话', '强调', '指出', '表示', '要求', '介绍', '致辞', '作', '在', '等', '一行', '同志', '带队',
  '率', '对', '就', '为', '向', '与', '和', '及', '的', '到', '赴', '来', '先后', '深入', '前往', '代表', '希望', '寄语', '宣读',
  '通报', '分别', '也', '还', '首先', '随后', '一同', '亲切', '充分', '高度', '同', '提出', '认为', '说', '坦言', '眼里', '心里',
  '表态', '汇报', '宣布', '颁发', '听取', '调研', '考察', '走访', '察看', '看望', '慰问', '会见', '会晤', '出任', '兼任', '当选',
  '被', '是', '以', '从', '将', '要', '带领', '率领', '领', '现场', '专题', '一起', '主讲', '点评', '总结', '部署', '回答', '解读',
  '担任', '列席', '就座', '应邀', '率队', '带头', '通过', '认真', '先后', '实地', '详细', '听取', '肯定', '代表', '参观', '视察',
  '发表', '签署', '作出', '批示', '指示', '接见', '会见', '主讲', '宣讲', '授课', '出任', '任职',
  // 副旗长张臣作的报告, 省长蒋定之所作的: the verb of a report, whole, so that 作 ends no given name
  '作的', '作了', '所作', '所做',
]
const PUNCT = /^[、，。；：！？“”‘’（）()《》\s·—…]|^$/
/** Characters of organisations, which a given name does not hold. */
const ORG_CHARS = /[部委局办会院处科所厅室组队省市县区镇乡村街党政府司社团]/
/** Particles that end a clause, never a name: 林杰等参加 is 林杰. */
const PARTICLES = /[等及的在是也就都了]$/

export function isNameEnd(rest: string): boolean {
  return PUNCT.test(rest) || AFTER_NAME.some((w) => rest.startsWith(w))
}

/** The name that starts at `at`, if one does: a 3-character name when what follows fits, else a 2-character one. */
export function nameAt(text: string, at: number): string | null {
  const s = surnameLength(text.slice(at))
  if (!s) return null
  const candidates = [s + 2, s + 1].map((len) => text.slice(at, at + len)).filter((n) => looksLikeName(n) && !ORG_CHARS.test(n.slice(s)) && !PARTICLES.test(n))
  const fits = candidates.filter((n) => isNameEnd(text.slice(at + n.length)))
  // 李鹏带领: when the shorter name is followed by a whole word (带领) and the longer only by its tail (领),
  // the word is what follows the name
  if (fits.length === 2 && followingWord(text.slice(at + fits[1]!.length)) > 1 && followingWord(text.slice(at + fits[0]!.length)) <= 1) return fits[1]!
  // 镇长王卫说。: a quote's attribution; 说 ends no given name
  if (fits.length === 2 && fits[0]!.endsWith('说')) return fits[1]!
  return fits[0] ?? null
}

/** The length of the longest word of AFTER_NAME the text starts with (0 for punctuation or none). */
function followingWord(rest: string): number {
  return AFTER_NAME.reduce((n, w) => (w.length > n && rest.startsWith(w) ? w.length : n), 0)
}

/**
 * The name a phrase ends with where what stands before it is `head` (a title, 领导, 由…) or nothing: 县委常委钱明 →
 * 钱明. The shorter first: in 执行主席由黄一 the head ends with 由, which is a surname too.
 */
export function nameEndingAfter(phrase: string, head: RegExp): string | null {
  if (looksLikeName(phrase)) return phrase
  for (const len of [2, 3]) {
    const name = phrase.slice(-len)
    if (phrase.length > len && looksLikeName(name) && head.test(phrase.slice(0, -len))) return name
  }
  return null
}

/** The name that ends right before `end` (习近平总书记, 车俊书记): the longest that looks like one. */
export function nameBefore(text: string, end: number): string | null {
  for (const len of [3, 2, 4]) {
    const n = text.slice(Math.max(0, end - len), end)
    if (n.length === len && looksLikeName(n) && !ORG_CHARS.test(n.slice(surnameLength(n)))) return n
  }
  return null
}
