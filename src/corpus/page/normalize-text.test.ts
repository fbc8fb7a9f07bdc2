import { describe, expect, it } from 'vitest'
import { createReporter } from '../lib/diagnostics'
import { normalizeLine, normalizeLines, undoubleLine } from './normalize-text'

const norm = (text: string) => normalizeLine({ no: 1, text }).text

describe('normalizeLine', () => {
  it('removes OCR spaces inside numbers and dates', () => {
    expect(norm('本报讯 3 月 30 日下午，3000 余名党员')).toBe('本报讯3月30日下午，3000余名党员')
    expect(norm('会议表彰了 10 家 2019 年度十强企业')).toBe('会议表彰了10家2019年度十强企业')
    expect(norm('“三服务”2.0 版')).toBe('“三服务”2.0版')
  })

  it('turns full-width and no-break spaces into one plain space and trims', () => {
    expect(norm('\u3000\u3000富强\u3000民主\u00a0文明  和谐 ')).toBe('富强 民主 文明 和谐')
  })

  it('drops spaces after Chinese punctuation but keeps spaces between phrases', () => {
    expect(norm('发展， 加快实现历史性')).toBe('发展，加快实现历史性')
    expect(norm('照亮消薄路 带来新希望')).toBe('照亮消薄路 带来新希望')
  })

  it('marks a markdown hard break', () => {
    expect(normalizeLine({ no: 1, text: '决定任命：  ' }).hardBreak).toBe(true)
  })

  it('collapses characters that OCR doubled in display type', () => {
    expect(norm('农农信信手手机机银银行行')).toBe('农信手机银行')
    expect(normalizeLine({ no: 1, text: '您您的的随随身身银银行行' })).toMatchObject({ text: '您的随身银行', undoubled: true })
  })

  it('keeps real doubled words: 谢谢, 常常, 人人', () => {
    expect(undoubleLine('谢谢')).toBeNull()
    expect(undoubleLine('常常人人')).toBeNull()
    expect(norm('人人参与、欢乐共享，谢谢大家')).toBe('人人参与、欢乐共享，谢谢大家')
  })

  it('never undoubles lines printed that way: repeated characters, symbols, digits', () => {
    for (const line of ['哈哈哈哈哈哈', '★★★★★★', '66668888', '112233']) expect(undoubleLine(line), line).toBeNull()
  })

  it('reports a line it reads as doubled display type, with both forms', () => {
    const report = createReporter('p.txt')
    normalizeLines([{ no: 4, text: '农农信信手手机机银银行行' }], report)
    expect(report.diagnostics).toMatchObject([{ ruleId: 'normalize/undoubled', line: 4, message: expect.stringContaining('农信手机银行') }])
  })
})
