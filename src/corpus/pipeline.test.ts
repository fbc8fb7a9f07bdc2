import { describe, expect, it } from 'vitest'
import { createReporter } from './lib/diagnostics'
import { buildPage } from './pipeline'

describe('a page read from a scan', () => {
  it("gives each article the lines OCR read with little confidence that stand in its text, for the reader to mark", () => {
    const text = '# 县里召开防汛工作会议\n\n本报讯 6月1日，县里召开防汛工作会议，部署当前工作。\n\n# 城北社区开展志愿服务\n\n本报讯 6月1日，城北社区开展敬老志愿服务。\n'
    const lines = text.split('\n')
    const print = {
      image: 'print/x.webp', width: 1000, height: 1400,
      boxes: lines.map((l, i): [number, number, number, number] | null => (l ? [10, 10 + 20 * i, 300, 18] : null)),
      doubtful: [{ text: '部署当前 工作', confidence: 0.61 }, { text: '不在此页', confidence: 0.5 }],
    }
    const page = buildPage({ path: 'scan/p1.png', bytes: new TextEncoder().encode(text), print }, 'p1', createReporter('scan/p1.png'))!
    expect(page.articles.map((a) => a.source.doubtful)).toEqual([[{ text: '部署当前 工作', confidence: 0.61 }], undefined])
  })
})
