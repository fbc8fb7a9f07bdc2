// Stage: raw bytes → text. Detects UTF-8 (with or without BOM) and GB18030/GBK, rejects empty and binary files.
import chardet from 'chardet'
import iconv from 'iconv-lite'
import type { Reporter } from '../lib/diagnostics'

export interface DecodedText {
  text: string
  encoding: 'utf-8' | 'gb18030'
}

const UTF8_BOM = [0xef, 0xbb, 0xbf]
const GB_FAMILY = new Set(['GB18030', 'GBK', 'GB2312', 'Big5'])

/** Returns null (with a fatal diagnostic) when the bytes are not a text page we can read. */
export function decodePage(bytes: Uint8Array, report: Reporter): DecodedText | null {
  if (bytes.length === 0 || isBlank(bytes)) {
    report.fail('input/empty', 'the file is empty: no text to parse')
    return null
  }
  const nul = bytes.indexOf(0)
  if (nul >= 0) {
    report.fail('input/binary', `the file is binary, not text (a NUL byte at offset ${nul})`, lineAtOffset(bytes, nul))
    return null
  }
  const hasBom = UTF8_BOM.every((b, i) => bytes[i] === b)
  const body = hasBom ? bytes.subarray(3) : bytes
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' }
  } catch {
    // not UTF-8: fall through to detection
  }
  const guess = chardet.detect(body)
  if (guess && GB_FAMILY.has(guess) && guess !== 'Big5') {
    const text = iconv.decode(Buffer.from(body), 'gb18030')
    const bad = text.indexOf('\uFFFD')
    if (bad < 0) return { text, encoding: 'gb18030' }
    report.fail('input/encoding', 'bytes that are neither UTF-8 nor GB18030', lineOfChar(text, bad))
    return null
  }
  const firstBad = firstInvalidUtf8(body)
  report.fail(
    'input/encoding',
    `undecodable bytes: not UTF-8 (invalid sequence at offset ${firstBad}) and not GB18030/GBK (detected: ${guess ?? 'nothing'})`,
    lineAtOffset(body, firstBad),
  )
  return null
}

function isBlank(bytes: Uint8Array): boolean {
  return bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d)
}

function lineAtOffset(bytes: Uint8Array, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++
  return line
}

function lineOfChar(text: string, index: number): number {
  return text.slice(0, index).split('\n').length
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence (overlong forms aside). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const c = bytes[i]!
    const tail = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1
    if (tail < 0) return i
    for (let k = 1; k <= tail; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i
    i += tail + 1
  }
  return 0
}
