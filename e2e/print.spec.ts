// A paper's page PDF as the archive: built and served as a corpus of its own, an article read from it shows its
// clip of the printed page (原版) beside the text, and the whole page is a link away.
import { copyFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './fixtures/test'
import { buildAndServe, ownCorpusFolder } from './own-corpus'

let base = ''
let close = async () => {}

test.describe.configure({ mode: 'serial', timeout: 120_000 })

test.beforeAll(async () => {
  test.setTimeout(240_000)
  const folder = ownCorpusFolder('print')
  mkdirSync(join(folder.work, 'pages'))
  copyFileSync('src/corpus/__fixtures__/pdf/songyang-2024-11-08-p1.pdf', join(folder.work, 'pages', 'songyang-2024-11-08-p1.pdf'))
  ;({ base, close } = await buildAndServe(folder, join(folder.work, 'pages')))
})

test.afterAll(() => close())

test('an article read from a PDF shows the clip of the printed page it came from', async ({ page }) => {
  await page.goto(`${base}/articles/songyang-2024-11-08-p1-a02`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('城北社区开展敬老志愿服务')
  const clip = page.getByRole('img', { name: /^原版：城北社区开展敬老志愿服务/ })
  await expect(clip).toBeVisible()
  // the image loaded, and the clip is of the article's shape (a column, taller than wide)
  expect(await clip.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 1000)).toBe(true)
  const frame = await clip.locator('..').boundingBox()
  expect(frame!.height).toBeGreaterThan(frame!.width)
  await expect(page.getByRole('link', { name: '查看整版' })).toHaveAttribute('href', /\/corpus\/print\/[0-9a-f]{20}\.webp$/)
})
