// The one rule of what is searched, for the index the builder writes and the queries the reader runs.

/** Case and spaces do not matter: "三比三看" finds "三比 三看", "OCR" finds "ocr". */
export function normalise(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase()
}
