// One entry of the builder's cache (a page's pass, a search segment's postings) as it is stored: a format mark, the
// payload's length and SHA-256, then the payload. A file cut short, emptied, edited by hand or written by another
// format is told apart from a good one and never trusted.
import { createHash } from 'node:crypto'

/** The format of a cache entry: a change of the frame or of what the payloads hold is a new mark. */
const MAGIC = Buffer.from('XBC2')
const HEADER = MAGIC.length + 4 + 32

const digest = (payload: Uint8Array) => createHash('sha256').update(payload).digest()

export function frame(payload: Uint8Array): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(payload.length)
  return Buffer.concat([MAGIC, length, digest(payload), payload])
}

/** The payload of a stored entry, or null when it is not one whole entry of this format. */
export function unframe(stored: Uint8Array): Uint8Array | null {
  const bytes = Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength)
  if (bytes.length < HEADER || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return null
  const length = bytes.readUInt32BE(MAGIC.length)
  if (bytes.length !== HEADER + length) return null
  const payload = bytes.subarray(HEADER)
  return digest(payload).equals(bytes.subarray(MAGIC.length + 4, HEADER)) ? payload : null
}
