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

  it('lets a bad byte cost its line, not its page, and reports it', () => {
    const good = (t: string) => [...new TextEncoder().encode(`${t}\n`)]
    const bytes = new Uint8Array([...good('第一行正文。'), ...good('第二行正文。'), ...good('第三行正文。'), ...good('第四行正文。'), ...good('第五行正文。'), 0xe4, 0xb8, 0x0a, ...good('第七行正文。')])
    const { result, diagnostics } = decode(bytes)
    expect(result?.text.split('\n')).toEqual(['第一行正文。', '第二行正文。', '第三行正文。', '第四行正文。', '第五行正文。', '', '第七行正文。', ''])
    expect(diagnostics).toMatchObject([{ ruleId: 'input/bad-bytes', line: 6, fatal: false }])
  })

  it('reads UTF-16 with a BOM, and without one', () => {
    const le = Buffer.from(`\ufeff${text}\n第二行`, 'utf16le')
    expect(decode(le).result).toEqual({ text: `${text}\n第二行`, encoding: 'utf-16le' })
    const be = Buffer.from(`\ufeff${text}`, 'utf16le').swap16()
    expect(decode(be).result?.encoding).toBe('utf-16be')
    expect(decode(Buffer.from(`县委召开会议。\n第二行，正文。\n`, 'utf16le')).result).toEqual({ text: '县委召开会议。\n第二行，正文。\n', encoding: 'utf-16le' })
  })

  it('reads a short GBK page of one or two lines as GB18030, not as what a detector guesses', () => {
    for (const t of ['县委召开会议', '平阳县召开全县大会\n会议强调']) expect(decode(iconv.encode(t, 'gbk')).result).toEqual({ text: t, encoding: 'gb18030' })
  })
})
