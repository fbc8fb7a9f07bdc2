// Unsigned varints: the numbers of the term index (document numbers as gaps, positions as gaps, sizes). Seven bits a
// byte, the high bit saying another follows. Terms are written as their UTF-16 code units: a bigram may cut a
// surrogate pair, which UTF-8 cannot hold.

export class ByteWriter {
  private buf = new Uint8Array(1 << 12)
  length = 0

  private room(n: number): void {
    if (this.length + n <= this.buf.length) return
    let size = this.buf.length * 2
    while (size < this.length + n) size *= 2
    const next = new Uint8Array(size)
    next.set(this.buf.subarray(0, this.length))
    this.buf = next
  }

  uint(n: number): void {
    this.room(5)
    while (n > 0x7f) {
      this.buf[this.length++] = (n & 0x7f) | 0x80
      n >>>= 7
    }
    this.buf[this.length++] = n
  }

  text(s: string): void {
    this.uint(s.length)
    for (let i = 0; i < s.length; i++) this.uint(s.charCodeAt(i))
  }

  bytes(b: Uint8Array): void {
    this.room(b.length)
    this.buf.set(b, this.length)
    this.length += b.length
  }

  /** A copy of what was written. */
  done(): Uint8Array {
    return this.buf.slice(0, this.length)
  }
}

export class ByteReader {
  at: number

  constructor(
    readonly buf: Uint8Array,
    start = 0,
    readonly end = buf.length,
  ) {
    this.at = start
  }

  get more(): boolean {
    return this.at < this.end
  }

  uint(): number {
    let n = 0
    let shift = 0
    for (;;) {
      if (this.at >= this.end) throw new RangeError('a number runs past the end of its data')
      const b = this.buf[this.at++]!
      n += (b & 0x7f) * 2 ** shift
      if (b < 0x80) return n
      shift += 7
      if (shift > 35) throw new RangeError('a number of more than five bytes')
    }
  }

  text(): string {
    const len = this.uint()
    const units = new Array<number>(len)
    for (let i = 0; i < len; i++) units[i] = this.uint()
    return String.fromCharCode(...units)
  }
}
