// Text drawn with a CJK font often comes out of a PDF as radicals, not as the characters they look like: 月 as ⽉
// (U+2F49, KANGXI RADICAL MOON), 长 as ⻓ (U+2ED3, CJK RADICAL C-SIMPLIFIED LONG), because the font maps the glyph to
// the radical's code point first. Kangxi radicals have compatibility mappings (NFKC folds them); the Radicals
// Supplement has none, so its characters that stand for a whole character are folded here (Unicode's
// EquivalentUnifiedIdeograph data, the entries of characters in use).
const SUPPLEMENT: Record<string, string> = {
  '\u2E81': '厂', '\u2E86': '冂', '\u2E8A': '卜', '\u2E90': '尢', '\u2E92': '巳', '\u2E93': '幺', '\u2E94': '彑', '\u2E96': '忄',
  '\u2E98': '扌', '\u2E9E': '歺', '\u2E9F': '母', '\u2EA0': '民', '\u2EA3': '灬', '\u2EA4': '爫', '\u2EA8': '犭', '\u2EA9': '王',
  '\u2EAB': '罒', '\u2EAD': '礻', '\u2EAE': '竹', '\u2EB2': '罒', '\u2EB9': '耂', '\u2EBC': '月', '\u2EBE': '艹', '\u2EBF': '艹',
  '\u2EC1': '虎', '\u2EC2': '衤', '\u2EC4': '西', '\u2EC5': '见', '\u2EC6': '角', '\u2EC8': '讠', '\u2ECB': '车', '\u2ECD': '辶',
  '\u2ECF': '阝', '\u2ED0': '钅', '\u2ED3': '长', '\u2ED4': '门', '\u2ED6': '阝', '\u2ED8': '青', '\u2ED9': '韦', '\u2EDA': '页',
  '\u2EDB': '风', '\u2EDC': '飞', '\u2EDD': '食', '\u2EE0': '饣', '\u2EE2': '马', '\u2EE3': '骨', '\u2EE4': '鬼', '\u2EE5': '鱼',
  '\u2EE6': '鸟', '\u2EE7': '卤', '\u2EE9': '黄', '\u2EEA': '黾', '\u2EEC': '齐', '\u2EEE': '齿', '\u2EF0': '龙', '\u2EF3': '龟',
}

/**
 * Kangxi radicals whose compatibility form is the traditional character while a simplified-Chinese font draws the
 * simplified one with the same glyph: ⼾ (U+2F3E) NFKC-folds to 戶, but in a county paper's SC font it is 户.
 */
const KANGXI_SIMPLIFIED: Record<string, string> = { '\u2F3E': '户', '\u2FAD': '青' }

const RADICAL = /[\u2E80-\u2EFF\u2F00-\u2FDF]/

/** The characters radicals stand for; text without radicals is returned as it is. */
export function foldRadicals(text: string): string {
  if (!RADICAL.test(text)) return text
  return [...text].map((c) => SUPPLEMENT[c] ?? KANGXI_SIMPLIFIED[c] ?? (c >= '\u2F00' && c <= '\u2FDF' ? c.normalize('NFKC') : c)).join('')
}
