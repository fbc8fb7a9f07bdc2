// Stage: raw bytes → text. Reads UTF-8 (with or without BOM), UTF-16 (with a BOM, or without one when its NUL
// bytes say so) and GB18030/GBK — GB18030 first for bytes that are valid GB18030 and not UTF-8, however short
// the page (detectors guess EUC-KR or Big5 for one or two lines). A bad byte costs its line, not its page: the
// line is reported and left out; empty and binary files are rejected.
import iconv from 'iconv-lite'
import type { Reporter } from '../lib/diagnostics'

export interface DecodedText {
  text: string
  encoding: 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be'
}

const UTF8_BOM = [0xef, 0xbb, 0xbf]
/** Above this share of control bytes (NUL and the like) a file is binary; below it they cost their lines. */
const MAX_CONTROL_SHARE = 0.05
/** Above this share of bad lines a page is not text in any encoding we read. */
const MAX_BAD_SHARE = 0.2

/** Returns null (with a fatal diagnostic) when the bytes are not a text page we can read. */
export function decodePage(bytes: Uint8Array, report: Reporter): DecodedText | null {
  if (bytes.length === 0 || isBlank(bytes)) {
    report.fail('input/empty', 'the file is empty: no text to parse')
    return null
  }
  const utf16 = utf16Of(bytes)
  if (utf16) return utf16
  const hasBom = UTF8_BOM.every((b, i) => bytes[i] === b)
  const body = withoutControlLines(hasBom ? bytes.subarray(3) : bytes, report)
  if (!body) return null
  const utf8 = strictUtf8(body)
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' }
  const gb = iconv.decode(Buffer.from(body), 'gb18030')
  if (!gb.includes('\uFFFD')) return { text: gb, encoding: 'gb18030' }
  return decodeByLine(body, report)
}

/**
 * The bytes with every line that holds a control byte (NUL and the like: no text page has them) blanked and
 * reported, as a bad byte costs its line; null when so many lines hold them that the file is binary, not text.
 */
function withoutControlLines(body: Uint8Array, report: Reporter): Uint8Array | null {
  const first = body.findIndex(isControlByte)
  if (first < 0) return body
  const lines = splitLines(body)
  const bad = lines.flatMap((l, i) => (l.some(isControlByte) ? [i] : []))
  const content = lines.filter((l) => !isBlank(l)).length
  const controls = body.reduce((n, b) => n + (isControlByte(b) ? 1 : 0), 0)
  if (controls > MAX_CONTROL_SHARE * body.length || bad.length > content / 2) {
    report.fail('input/binary', `the file is binary, not text (${controls} control bytes on ${bad.length} of ${content} lines, the first at offset ${first})`, lineAtOffset(body, first))
    return null
  }
  for (const i of bad) report.warn('input/bad-bytes', 'the line holds a control byte (NUL or the like), which no text has: the line is left out', i + 1)
  const blanked = new Set(bad)
  const parts = lines.map((l, i) => (blanked.has(i) ? new Uint8Array() : l))
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0) + parts.length - 1)
  let at = 0
  parts.forEach((p, i) => {
    out.set(p, at)
    at += p.length
    if (i < parts.length - 1) out[at++] = 0x0a
  })
  return out
}

/** C0 controls no text page holds: all but tab, line ends, form feed and escape (a byte, or a character's code). */
const isControlByte = (b: number) => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b

/** Line by line in the encoding that reads more of them: the lines neither reads are reported and left blank. */
function decodeByLine(body: Uint8Array, report: Reporter): DecodedText | null {
  const lines = splitLines(body)
  const asUtf8 = lines.map((l) => strictUtf8(l))
  const asGb = lines.map((l) => {
    const t = iconv.decode(Buffer.from(l), 'gb18030')
    return t.includes('\uFFFD') ? null : t
  })
  const badUtf8 = asUtf8.filter((t) => t === null).length
  const badGb = asGb.filter((t) => t === null).length
  const [texts, encoding] = badUtf8 <= badGb ? [asUtf8, 'utf-8' as const] : [asGb, 'gb18030' as const]
  const bad = texts.flatMap((t, i) => (t === null ? [i + 1] : []))
  const content = lines.filter((l) => !isBlank(l)).length
  if (bad.length > MAX_BAD_SHARE * Math.max(1, content) || bad.length >= content) {
    report.fail('input/encoding', `undecodable bytes: not UTF-8, UTF-16 or GB18030 on ${bad.length} of ${content} lines`, bad[0] ?? 1)
    return null
  }
  for (const no of bad) report.warn('input/bad-bytes', `bytes of this line are neither ${encoding} nor any encoding we read: the line is left out`, no)
  return { text: texts.map((t) => t ?? '').join('\n'), encoding }
}

/** UTF-16 by its BOM, or without one when most bytes on one side of every pair are NUL (ASCII and CJK alike). */
function utf16Of(bytes: Uint8Array): DecodedText | null {
  const decode = (enc: 'utf-16le' | 'utf-16be', from: number): DecodedText | null => {
    try {
      return { text: new TextDecoder(enc, { fatal: true }).decode(bytes.subarray(from)), encoding: enc }
    } catch {
      return null
    }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode('utf-16le', 2)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode('utf-16be', 2)
  if (bytes.length < 4 || bytes.length % 2) return null
  let evenNul = 0
  let oddNul = 0
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    if (bytes[i] === 0) evenNul++
    if (bytes[i + 1] === 0) oddNul++
  }
  const pairs = bytes.length / 2
  if (!oddNul && !evenNul) return null
  // a newline or an ASCII mark puts NUL on one side of its pair; on the other side only the rare character of
  // the form U+xx00 (开 is U+5F00) does. Binary data decodes to control characters and is left to be rejected.
  const found = oddNul > evenNul ? decode('utf-16le', 0) : evenNul > oddNul ? decode('utf-16be', 0) : null
  return found && !hasControlCharacters(found.text) && found.text.includes('\n') && pairs >= 2 ? found : null
}

/** Characters no text page holds: the controls of isControlByte, and the replacement character. */
function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (isControlByte(c) || c === 0xfffd) return true
  }
  return false
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

/** The file's lines as bytes, split at LF (a CR before it stays with its line, as the text reader expects). */
function splitLines(bytes: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = []
  let from = 0
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      out.push(bytes.subarray(from, i))
      from = i + 1
    }
  }
  return out
}

/** Only spaces, tabs and line ends: no text at all. */
export function isBlank(bytes: Uint8Array): boolean {
  return bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d)
}

function lineAtOffset(bytes: Uint8Array, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++
  return line
}
