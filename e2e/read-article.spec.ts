import { expect, test } from '@playwright/test'

test('a reader opens a page from the archive and reads an article on it', async ({ page }) => {
  await page.goto('/')
  const pages = page.getByRole('list', { name: '版面' })
  await expect(pages.getByRole('link')).toHaveCount(5)

  // the masthead page of 2025-06-13
  await pages.getByRole('link', { name: /平阳县.*2025年6月13日/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('平阳县')
  await page.getByRole('link', { name: /平阳举行2025年乡镇“三比三看”第一次交流活动/ }).click()

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('平阳举行2025年乡镇“三比三看”第一次交流活动')
  await expect(page.getByText('记者 曹文倩')).toBeVisible()
  // a paragraph that a blank line had broken in the page text reads as one
  await expect(page.getByText(/要聚焦提升发展、重大项目、重点工作落实/)).toBeVisible()
  await expect(page.getByText(/第 28–46 行/)).toBeVisible()
})

test('an unknown article id shows a not-found message', async ({ page }) => {
  await page.goto('/articles/no-such-article')
  await expect(page.getByRole('alert')).toContainText('找不到文章“no-such-article”')
})
