// A paper's page PDF as the archive: built and served as a corpus of its own, an article read from it shows its
// clip of the printed page (原版) beside the text, and the whole page is a link away. Beside it, two saved e-paper
// article pages of one printed page, put together as that page: each article names the saved page it came from.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './fixtures/test'
import { buildAndServe, ownCorpusFolder } from './own-corpus'

let base = ''
let close = async () => {}
let corpus = ''

test.describe.configure({ mode: 'serial', timeout: 120_000 })

test.beforeAll(async () => {
  test.setTimeout(240_000)
  const folder = ownCorpusFolder('print')
  mkdirSync(join(folder.work, 'pages'))
  copyFileSync('src/corpus/__fixtures__/pdf/songyang-2024-11-08-p1.pdf', join(folder.work, 'pages', 'songyang-2024-11-08-p1.pdf'))
  const founder = readFileSync('src/corpus/__fixtures__/epaper-html/founder-content_2041.htm', 'utf8')
  const saved = join(folder.work, 'pages', 'html', '2024-09', '12')
  mkdirSync(saved, { recursive: true })
  writeFileSync(join(saved, 'content_2041.htm'), founder)
  writeFileSync(join(saved, 'content_2042.htm'), founder.replace(/县人大常委会召开第十五次会议/g, '县政协召开主席会议').replace(/<introtitle>[^<]*<\/introtitle>/, '<introtitle></introtitle>'))
  corpus = join(folder.publicDir, 'corpus')
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

test('an article of saved e-paper pages names the saved page it came from', async ({ page }) => {
  const issues = JSON.parse(readFileSync(join(corpus, 'issues.json'), 'utf8')) as { source: string; articleIds: string[] }[]
  const printed = issues.find((i) => i.source === 'html/2024-09/12/第01版：要闻')!
  expect(printed.articleIds).toHaveLength(2)
  await page.goto(`${base}/articles/${printed.articleIds[1]}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('县政协召开主席会议')
  await expect(page.getByText('保存的网页：html/2024-09/12/content_2042.htm')).toBeVisible()
})
