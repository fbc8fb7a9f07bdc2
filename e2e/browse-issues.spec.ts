import { expect, test } from './fixtures/test'

test('a reader finds a page through the calendar of its place, year and month', async ({ page }) => {
  await page.goto('/issues')
  await page.getByRole('navigation', { name: '地区' }).getByRole('link', { name: '平阳县' }).click()
  await page.getByRole('navigation', { name: '月份' }).getByRole('link', { name: '6月' }).click()
  await expect(page).toHaveURL(/place=%E5%B9%B3%E9%98%B3%E5%8E%BF.*year=2025.*month=6/)
  const calendar = page.getByRole('table', { name: /2025/ })
  await calendar.getByRole('link', { name: /2025-06-13/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('平阳报 · 第1版')
})

test('pages dated only to a year are listed with their precision', async ({ page }) => {
  await page.goto('/issues?place=平阳县')
  const undated = page.getByRole('heading', { name: '日期只能推断到年份或范围的版面' })
  await expect(undated).toBeVisible()
  await expect(page.getByText(/2019年/).first()).toBeVisible()
})

test('the home page shows what the archive holds', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByText(/5 个版面 · \d+ 篇文章/)).toBeVisible()
  await expect(page.getByRole('list').getByRole('link', { name: '莲都区' }).first()).toBeVisible()
  await expect(page.getByRole('link', { name: '会议时间线' })).toBeVisible()
})
