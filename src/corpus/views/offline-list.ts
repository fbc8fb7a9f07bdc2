// The list of the files a reader saves to have the whole archive offline (src/shared/views.ts OfflineIndex):
// every file written to the views folder, to the search index's folder and the printed pages' images, with its size, written part by part
// as the files come so that the list is never held whole.
import type * as v from 'valibot'
import { OFFLINE_PART_FILES, type ViewFile, viewFile } from '../../shared/views'
import type { OfflineIndex, OfflinePart } from '../../shared/view-records'

const FOLDERS = { views: /^views\/[^/]+\//, search: /^search\/[^/]+\//, print: /^print\// } as const

export class OfflineList {
  private part: OfflinePart = { views: [], search: [], print: [] }
  private listed = 0
  private readonly index: OfflineIndex = { files: 0, bytes: 0, parts: 0 }

  /** `write` writes a file of the list into the views folder (through the views' checked writer). */
  constructor(private readonly write: <S extends v.GenericSchema>(file: ViewFile<S>, content: v.InferInput<S>) => void) {}

  add(path: string, content: string | Uint8Array): void {
    for (const [folder, re] of Object.entries(FOLDERS) as [keyof OfflinePart, RegExp][]) {
      const m = re.exec(path)
      if (!m) continue
      const bytes = typeof content === 'string' ? Buffer.byteLength(content) : content.length
      this.part[folder].push([path.slice(m[0].length), bytes])
      this.index.files++
      this.index.bytes += bytes
      if (++this.listed === OFFLINE_PART_FILES) this.flush()
    }
  }

  private flush(): void {
    this.write(viewFile.offlinePart(this.index.parts++), this.part)
    this.part = { views: [], search: [], print: [] }
    this.listed = 0
  }

  finish(): OfflineIndex {
    if (this.listed) this.flush()
    this.write(viewFile.offlineIndex(), this.index)
    return this.index
  }
}
