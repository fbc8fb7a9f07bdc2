import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { createReporter } from '../lib/diagnostics'
import { decodePage } from './decode'

const text = '本报讯（记者 苏意伟）昨天下午，县委书记董智武主持召开全县领导干部大会。'

function decode(bytes: Uint8Array) {
  const report = createReporter('page.txt')
  return { result: decodePage(bytes, report), diagnostics: report.diagnostics }
}

describe('decodePage', () => {
  it('reads UTF-8 with and without a byte order mark', () => {
    const plain = new TextEncoder().encode(text)
    expect(decode(plain).result).toEqual({ text, encoding: 'utf-8' })
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...plain])).result).toEqual({ text, encoding: 'utf-8' })
  })

  it('detects GB18030/GBK text and decodes it', () => {
    const { result, diagnostics } = decode(iconv.encode(`${text}\n县政协召开十六届四十三次主席会议`, 'gbk'))
    expect(result?.encoding).toBe('gb18030')
    expect(result?.text).toContain('董智武')
    expect(diagnostics).toEqual([])
  })

  it('rejects an empty or blank file with a fatal diagnostic', () => {
    for (const bytes of [new Uint8Array(), new TextEncoder().encode(' \n\r\n\t')]) {
      const { result, diagnostics } = decode(bytes)
      expect(result).toBeNull()
      expect(diagnostics).toMatchObject([{ ruleId: 'input/empty', fatal: true, file: 'page.txt' }])
    }
  })

  it('rejects a binary file and names the line of the first NUL byte', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('第一行\n第二行\n'), 0x00, 0x01, 0x02])
    const { result, diagnostics } = decode(bytes)
    expect(result).toBeNull()
    expect(diagnostics).toMatchObject([{ ruleId: 'input/binary', line: 3, fatal: true }])
  })

  it('rejects bytes that are neither UTF-8 nor GB18030 and names the line', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('第一行\n'), 0xff, 0xfe, 0xfd, 0x80, 0x81, 0xff])
    const { result, diagnostics } = decode(bytes)
    expect(result).toBeNull()
    expect(diagnostics[0]).toMatchObject({ ruleId: 'input/encoding', fatal: true, line: 2 })
  })
})
