import { describe, expect, it } from 'vitest'
import { pageText, type TextRun } from './pdf-layout'
import { foldRadicals } from './cjk-radicals'

/** A column of text set line by line: each line a run of `perLine` characters of 10 pt type. */
function column(x: number, top: number, text: string, perLine = 8, size = 10): TextRun[] {
  const runs: TextRun[] = []
  for (let i = 0, line = 0; i < text.length; i += perLine, line++) {
    const piece = text.slice(i, i + perLine)
    runs.push({ text: piece, x, y: top + line * size * 1.5, width: piece.length * size, size })
  }
  return runs
}

const headline: TextRun = { text: '县里召开秋收工作会议', x: 40, y: 60, width: 220, size: 22 }
const first = '本报讯（记者 方远）10月9日，县里召开秋收工作会议，专题研究部署全县秋收和秋种' // five full lines of 8
const second = '工作。会议要求，各乡镇抓紧抢收，确保颗粒归仓。'
const third = '会议还研究了其他事项。'

describe('a printed page laid out as text', () => {
  // three columns and a headline over them, the runs in an order that is not the reading order
  const runs = [...column(240, 100, third), headline, ...column(140, 100, second), ...column(40, 100, first)]
  const text = pageText(runs).text

  it('reads the headline first, then the columns left to right', () => {
    expect(text.split('\n\n')[0]).toBe('# 县里召开秋收工作会议')
    expect(text.indexOf('本报讯')).toBeLessThan(text.indexOf('会议要求'))
    expect(text.indexOf('会议要求')).toBeLessThan(text.indexOf('会议还研究'))
  })

  it('never runs a line across the gutter, and goes on with a sentence from the foot of one column to the next', () => {
    expect(text).toContain('部署全县秋收和秋种工作。会议要求')
    for (const line of text.split('\n')) expect(line.includes('本报讯') && line.includes('其他事项')).toBe(false)
  })

  it('takes out the spacing of a justified line, not the space between words', () => {
    expect(pageText([{ text: '全县 建 设 现 场 推进会召开。', x: 0, y: 0, width: 200, size: 10 }, { text: '（记者 方远）', x: 0, y: 40, width: 70, size: 10 }]).text).toBe('全县建设现场推进会召开。\n\n（记者 方远）\n')
  })

  it('says where each line of the text is printed: a paragraph over two columns spans both', () => {
    const { text: laid, boxes } = pageText(runs)
    const lines = laid.trimEnd().split('\n')
    expect(boxes).toHaveLength(lines.length)
    expect(lines.map((l, i) => (l ? !!boxes[i] : boxes[i] === null)).every(Boolean)).toBe(true)
    const [x, y, w] = boxes[lines.findIndex((l) => l.startsWith('本报讯'))]!
    expect([x, y]).toEqual([40, 100])
    expect(x + w).toBeGreaterThan(140)
  })

  it('reads a gap between runs as a space (names in a byline), and runs on one baseline as one line whatever their order', () => {
    const byline: TextRun[] = [{ text: '方远', x: 68, y: 0.4, width: 20, size: 10 }, { text: '记者', x: 40, y: 0, width: 20, size: 10 }, { text: '李青', x: 96, y: 0, width: 20, size: 10 }]
    expect(pageText(byline).text).toBe('记者 方远 李青\n')
  })

  it('reads a space the type set as a word gap, however narrow (a sans byline: 记者 叶琳)', () => {
    const narrow: TextRun[] = [
      { text: '本报记者', x: 40, y: 0, width: 34, size: 8.5 },
      { text: ' ', x: 74, y: 0, width: 2, size: 8.5 },
      { text: '叶琳', x: 76, y: 0, width: 17, size: 8.5 },
    ]
    expect(pageText(narrow).text).toBe('本报记者 叶琳\n')
  })

  it('reads teasers set side by side one by one, a kicker over one of them only', () => {
    // a 导读 box: three columns, each a headline and its page marker; the first has a kicker over it
    const box: TextRun[] = [
      { text: '稻香满田野', x: 40, y: 300, width: 43, size: 8.5 },
      { text: '东岭村良田翻耕', x: 40, y: 313, width: 84, size: 12 },
      { text: '>>>2版', x: 40, y: 333, width: 28, size: 8.5 },
      { text: '县医院新院区启用', x: 300, y: 301, width: 96, size: 12 },
      { text: '>>>2版', x: 300, y: 320, width: 28, size: 8.5 },
      { text: '夜市重开', x: 560, y: 301, width: 48, size: 12 },
      { text: '>>>3版', x: 560, y: 320, width: 28, size: 8.5 },
    ]
    expect(pageText(box).text.trimEnd().split('\n\n')).toEqual(['稻香满田野', '# 东岭村良田翻耕', '>>>2版', '# 县医院新院区启用', '>>>2版', '# 夜市重开', '>>>3版'])
  })

  it('reads two boxed articles abreast box by box, their headlines on one baseline closer than a gutter', () => {
    // box A: x 40–200, box B: x 216–376 (a gutter of 16 pt, under 1.2 of the headlines' 15 pt type)
    const abreast: TextRun[] = [
      { text: '县里召开秋收工作会议', x: 40, y: 60, width: 160, size: 15 },
      { text: '东岭村良田翻耕', x: 216, y: 60, width: 105, size: 15 },
      ...column(40, 90, third, 7), ...column(125, 90, '会议由县长主持。', 7),
      ...column(216, 90, '本报讯近日，东岭村千亩良田完成翻耕。', 7), ...column(301, 90, '村民说：“好！”', 7),
    ]
    expect(pageText(abreast).text.trimEnd().split('\n\n')).toEqual(['# 县里召开秋收工作会议', third, '会议由县长主持。', '# 东岭村良田翻耕', '本报讯近日，东岭村千亩良田完成翻耕。', '村民说：“好！”'])
  })

  it('ends a paragraph at a box of one line: the next box below or beside it is another text', () => {
    // an advertisement's one line over a caption's text, then beside it another one-line box
    const boxes: TextRun[] = [
      { text: '您的随身银行', x: 40, y: 100, width: 60, size: 10 },
      ...column(40, 130, first),
      { text: '>>>2版', x: 300, y: 400, width: 28, size: 10 },
      { text: '>>>3版', x: 400, y: 400, width: 28, size: 10 },
    ]
    expect(pageText(boxes).text.trimEnd().split('\n\n')).toEqual(['您的随身银行', first, '>>>2版', '>>>3版'])
  })

  it('sets the largest of a kicker, a headline and a subheadline as the headline, the others as lines beside it', () => {
    const head: TextRun[] = [
      { text: '聚焦秋收', x: 100, y: 40, width: 56, size: 14 },
      { text: '县里召开秋收工作会议', x: 60, y: 60, width: 220, size: 22 },
      { text: '方远主持', x: 100, y: 90, width: 56, size: 14 },
      ...column(40, 120, first),
    ]
    expect(pageText(head).text.split('\n\n').slice(0, 3)).toEqual(['聚焦秋收', '# 县里召开秋收工作会议', '方远主持'])
  })

  it('sets a bold line of body type standing alone between paragraphs as a section head', () => {
    const withHead: TextRun[] = [
      ...column(40, 100, third),
      { text: '抓好秋收', x: 40, y: 130, width: 40, size: 10, bold: true },
      ...column(40, 145, third),
    ]
    expect(pageText(withHead).text.trimEnd().split('\n\n')).toEqual([third, '## 抓好秋收', third])
    // a credit set in a heavier face stands alone too, and is no section head
    const credit: TextRun[] = [...column(40, 100, third), { text: '吕文清 摄', x: 40, y: 130, width: 45, size: 10, bold: true }]
    expect(pageText(credit).text.trimEnd().split('\n\n')).toEqual([third, '吕文清 摄'])
  })

  it('ends a paragraph where a line stops short', () => {
    expect(text.trimEnd().split('\n\n')).toEqual([
      '# 县里召开秋收工作会议',
      `${first}${second}`,
      third,
    ])
  })
})

describe('foldRadicals', () => {
  it('reads radicals a CJK font maps its glyphs to as the characters they stand for', () => {
    expect(foldRadicals('县\u2ED3主持会议，\u2F49底前完成')).toBe('县长主持会议，月底前完成')
    expect(foldRadicals('平阳报')).toBe('平阳报')
  })

  it('reads a Kangxi radical as the simplified character a simplified font draws with it', () => {
    expect(foldRadicals('家喻\u2F3E晓，\u2FAD年')).toBe('家喻户晓，青年')
  })
})
