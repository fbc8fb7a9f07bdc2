import { expect, test } from './fixtures/test'

test('the timeline shows 县政协十六届四十三次主席会议 on 2025-01-08 chaired by 陈栋', async ({ page }) => {
  await page.goto('/timeline?month=2025-01')
  const meeting = page.getByRole('listitem').filter({ hasText: '县政协十六届四十三次主席会议' })
  await expect(meeting).toContainText('2025年1月8日')
  await expect(meeting).toContainText('主持：陈栋')
  await meeting.getByRole('link', { name: '陈栋' }).first().click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('陈栋')
})

test('the timeline opens on the latest month, and its years and months choose another', async ({ page }) => {
  await page.goto('/timeline')
  await expect(page.getByRole('heading', { name: '2025年6月' })).toBeVisible()
  await expect(page).toHaveTitle('会议时间线 · 2025年6月 · 县报')
  await page.getByRole('navigation', { name: '年份' }).getByRole('link', { name: '2021' }).click()
  await expect(page).toHaveURL(/month=2021-03/)
  await expect(page.getByRole('status')).toHaveText(/^4 次会议/)
  await page.getByRole('navigation', { name: '年份' }).getByRole('link', { name: '2025' }).click()
  await page.getByRole('button', { name: /2025-01/ }).click()
  await expect(page).toHaveURL(/month=2025-01/)
  await expect(page.getByRole('status')).toHaveText(/^4 次会议/)
})

test('filters of a month live in the URL and survive a reload', async ({ page }) => {
  await page.goto('/timeline?month=2020-06&person=徐光文')
  await expect(page.getByRole('status')).toHaveText(/^2 次会议/)
  await page.reload()
  await expect(page.getByRole('status')).toHaveText(/^2 次会议/)
  await page.goto('/timeline?month=2021-03&place=杭州市')
  await expect(page.getByRole('status')).toHaveText(/^1 次会议/)
})

test('a meeting with only a relative date on an undated page says so', async ({ page }) => {
  await page.goto('/timeline')
  await page.getByRole('link', { name: /2019年（日期不详）/ }).click()
  await expect(page.getByRole('heading', { name: '2019年（日期不详）' })).toBeVisible()
  await expect(page.getByText(/昨天下午，相对日期/)).toBeVisible()
})
