// The historian's corrections file as people save it: in another encoding, with a YAML error, with dates no
// calendar has, with a misspelt key, with an entry twice. None may build a corpus that silently lacks or garbles
// what the file says.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { build, folderOf, GOOD_PAGE } from './run-builder.test-utils'

const PLACE = '- page: good.txt\n  place: 苍南县\n  note: 报头所印\n'

/** Builds the good page with this corrections file (text as UTF-8, or bytes as they are). */
function withCorrections(file: string | Uint8Array, out?: string, name = 'corrections.yaml') {
  const input = folderOf({ 'good.txt': GOOD_PAGE })
  const corrections = join(mkdtempSync(join(tmpdir(), 'xianbao-corrections-')), name)
  writeFileSync(corrections, file)
  return build(input, out, {}, ['--corrections', corrections])
}

describe('a corrections file in the encoding its editor saved it in', () => {
  it.each([
    ['GBK', iconv.encode(PLACE, 'gbk')],
    ['GB18030 with CRLF', iconv.encode(PLACE.replace(/\n/g, '\r\n'), 'gb18030')],
    ['UTF-16LE with a BOM', Buffer.from(`\ufeff${PLACE}`, 'utf16le')],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PLACE)])],
  ])('%s is read as the historian wrote it', (_, bytes) => {
    const run = withCorrections(bytes)
    expect(run.status, run.stderr).toBe(0)
    expect(run.issues[0]!.place).toBe('苍南县')
    expect(run.report!.corrections.map((c) => [c.status, c.corrected])).toEqual([['applied', '苍南县']])
  })
})

it('an empty corrections file is a file of no corrections', () => {
  for (const empty of ['', '\n  \n']) {
    const run = withCorrections(empty)
    expect(run.status, run.stderr).toBe(0)
    expect(run.report!.corrections).toEqual([])
  }
})

it('a corrections file of another name is cited by its name', () => {
  expect(withCorrections(PLACE, undefined, 'fixes-2025.yaml').issues[0]!.placeEvidence).toEqual(['fixes-2025.yaml:1'])
})

describe('a corrections file that cannot be read', () => {
  it('stops the build with the line where the error starts, and leaves the previous corpus', () => {
    const out = mkdtempSync(join(tmpdir(), 'xianbao-out-'))
    expect(withCorrections(PLACE, out).status).toBe(0)
    const before = readFileSync(join(out, 'manifest.json'), 'utf8')
    const run = withCorrections(`${PLACE}- page: good.txt\n  note: "a quote left open\n- merge: [a, b]\n`, out)
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/corrections\.yaml:5: error .*\[corrections\/yaml\]/)
    expect(run.stderr).toContain('the previous corpus stands')
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe(before)
    expect(run.issues[0]!.place).toBe('苍南县')
  })
})

describe('entries a careless hand writes', () => {
  it('a date no calendar has is named with its entry, not a crash and not written', () => {
    const run = withCorrections(['- page: good.txt\n  date: 9999-99-99', '- page: good.txt\n  date: 2019-13', '- page: good.txt\n  date: 2025-02-30'].join('\n') + '\n')
    expect(run.status, run.stderr).toBe(1)
    expect(run.stderr).not.toContain('RangeError')
    expect(run.diagnostics.filter((d) => d.ruleId === 'corrections/invalid').map((d) => d.line)).toEqual([1, 3, 5])
    expect(String(run.issues[0]!.date.value)).not.toMatch(/^(9999|2019-13|2025-02-30)/)
  })

  it('a misspelt key makes its entry invalid, named, instead of half applied', () => {
    const run = withCorrections('- page: good.txt\n  palce: 苍南县\n  date: 2025-03-02\n')
    const d = run.diagnostics.find((x) => x.ruleId === 'corrections/invalid')
    expect(d?.message).toContain('palce:')
    expect(d?.line).toBe(1)
    expect(run.issues[0]!.date.value).not.toBe('2025-03-02')
  })

  it('an entry twice, or two entries that disagree, are named', () => {
    const run = withCorrections(`${PLACE}${PLACE}- page: good.txt\n  place: 平阳县\n`)
    expect(run.diagnostics.filter((d) => d.ruleId === 'corrections/repeated').map((d) => [d.line, d.message.slice(0, 10)])).toEqual([[4, 'repeats th'], [7, 'corrects w']])
    expect(run.issues[0]!.place).toBe('平阳县')
  })
})
