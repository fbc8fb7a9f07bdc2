import { expect, test } from './fixtures/test'

test('a reader opens the latest page and reads an article on it', async ({ page }) => {
  await page.goto('/')
  const latest = page.getByRole('list', { name: '最新版面' })
  await latest.getByRole('link', { name: /平阳县.*2025年6月13日/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('平阳报 · 第1版')
  await expect(page.getByLabel('报头')).toContainText('总第4403期')
  await page.getByRole('link', { name: '平阳举行2025年乡镇“三比三看”第一次交流活动' }).click()

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('平阳举行2025年乡镇“三比三看”第一次交流活动')
  await expect(page.getByText('记者 曹文倩')).toBeVisible()
  // a paragraph that a blank line had broken in the page text reads as one
  await expect(page.getByText(/要聚焦提升发展、重大项目、重点工作落实/)).toBeVisible()
  await expect(page.getByText(/第 28–46 行/)).toBeVisible()
  await expect(page.getByText(/GB\/T 7714/)).toBeVisible()
})

test('names in an article lead to the person, and the next article is one click away', async ({ page }) => {
  await page.goto('/articles/001_a9866df5d050a74f-a01')
  await page.getByRole('article').getByRole('link', { name: '陈桂雷' }).first().click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('陈桂雷')
  await page.goBack()
  await page.getByRole('link', { name: /下一篇：台州市仙居县党政代表团来平考察/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('台州市仙居县党政代表团来平考察')
})

test('a search hit is highlighted in the article it opens', async ({ page }) => {
  await page.goto('/articles/002_44dc3695a8be58eb-a02?hl=主席会议')
  await expect(page.locator('mark').first()).toHaveText('主席会议')
})

test('a page tells how its date was inferred from the text', async ({ page }) => {
  await page.goto('/issues/004_01e7fd20de5a1d85')
  await expect(page.getByText(/据正文“过去的2020年”.*推断为/)).toBeVisible()
  await expect(page.getByRole('list', { name: '本版文章' }).getByText('转第2版')).toBeVisible()
})
