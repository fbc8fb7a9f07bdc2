// A compact binary form of FlexSearch's exported term map, [term, [[document numbers]]][]: its JSON takes ~45 MB
// and most of a second to parse at 20,000 articles; as varints of the gaps between document numbers it is a
// fraction of that and decodes in tens of milliseconds. Decoding gives back exactly the data the export gave.
// Terms are written as UTF-16 code units: a bigram may cut a surrogate pair, which UTF-8 cannot hold.

/** A term and its score slots of document numbers (FlexSearch leaves unused slots empty). */
export type TermEntry = [term: string, slots: (number[] | null)[]]

class Writer {
  private buf = new Uint8Array(1 << 16)
  length = 0

  uint(n: number): void {
    if (this.length + 5 > this.buf.length) {
      const next = new Uint8Array(this.buf.length * 2)
      next.set(this.buf)
      this.buf = next
    }
    while (n > 0x7f) {
      this.buf[this.length++] = (n & 0x7f) | 0x80
      n >>>= 7
    }
    this.buf[this.length++] = n
  }

  /** a signed number (zigzag), for gaps: document numbers usually ascend, but nothing here relies on it */
  int(n: number): void {
    this.uint(n >= 0 ? n * 2 : -n * 2 - 1)
  }

  bytes(): Uint8Array {
    return this.buf.slice(0, this.length)
  }
}

function checkNumber(n: unknown): number {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 0x7fffffff) throw new Error(`postings: expected a document number, got ${JSON.stringify(n)}`)
  return n
}

/** Appends entries to a writer; throws on anything that is not the shape of a term map (a FlexSearch upgrade that changed it). */
function writeEntry(w: Writer, entry: unknown): void {
  if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !Array.isArray(entry[1])) throw new Error(`postings: expected [term, slots], got ${JSON.stringify(entry).slice(0, 80)}`)
  const [term, slots] = entry as [string, unknown[]]
  w.uint(term.length)
  for (let i = 0; i < term.length; i++) w.uint(term.charCodeAt(i))
  w.uint(slots.length)
  for (const slot of slots) {
    // FlexSearch leaves empty score slots as null
    if (slot == null) {
      w.uint(0)
      continue
    }
    if (!Array.isArray(slot)) throw new Error(`postings: expected a list of document numbers for ${term}`)
    w.uint(slot.length + 1)
    let last = 0
    for (const n of slot) {
      const id = checkNumber(n)
      w.int(id - last)
      last = id
    }
  }
}

/** Encodes term entries into parts of at most about `maxBytes` each (an entry is never split). */
export function encodePostings(entries: unknown[], maxBytes: number): Uint8Array[] {
  const parts: Uint8Array[] = []
  let w = new Writer()
  let count = 0
  const flush = () => {
    // the count of entries comes first: written into a small header writer
    const head = new Writer()
    head.uint(count)
    const body = w.bytes()
    const out = new Uint8Array(head.length + body.length)
    out.set(head.bytes())
    out.set(body, head.length)
    parts.push(out)
    w = new Writer()
    count = 0
  }
  for (const entry of entries) {
    writeEntry(w, entry)
    count++
    if (w.length >= maxBytes) flush()
  }
  if (count) flush()
  return parts
}

/**
 * Decodes one part made by encodePostings. The hot loop reads varints inline: at 20,000 articles a worker decodes
 * about seven million document numbers before the index is ready.
 */
export function decodePostings(bytes: Uint8Array): TermEntry[] {
  let at = 0
  // past the end, reads give undefined: caught once, after the loop, instead of at every byte
  const uint = () => {
    let b = bytes[at++]!
    if (b < 0x80) return b
    let n = b & 0x7f
    let scale = 0x80
    do {
      b = bytes[at++]!
      n += (b & 0x7f) * scale
      scale *= 0x80
    } while (b & 0x80)
    return n
  }
  const count = uint()
  const entries: TermEntry[] = new Array(count)
  for (let e = 0; e < count && at <= bytes.length; e++) {
    const length = uint()
    let term = ''
    for (let n = 0; n < length; n++) term += String.fromCharCode(uint())
    const slots: (number[] | null)[] = []
    for (let s = uint(); s > 0; s--) {
      const size = uint() - 1
      if (size < 0) {
        slots.push(null)
        continue
      }
      const ids: number[] = new Array(size)
      let last = 0
      for (let i = 0; i < size; i++) {
        let b = bytes[at++]!
        let z = b
        if (b >= 0x80) {
          z = b & 0x7f
          let scale = 0x80
          do {
            b = bytes[at++]!
            z += (b & 0x7f) * scale
            scale *= 0x80
          } while (b & 0x80)
        }
        last += z % 2 ? -(z + 1) / 2 : z / 2
        ids[i] = last
      }
      slots.push(ids)
    }
    entries[e] = [term, slots]
  }
  if (at > bytes.length || Number.isNaN(count)) throw new Error('postings: the data ends in the middle of a number')
  if (at !== bytes.length) throw new Error(`postings: ${bytes.length - at} bytes left after ${count} entries`)
  return entries
}
