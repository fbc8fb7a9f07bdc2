// Once visited, Xianbao works with no network: the service worker precaches the app and the whole corpus.
import { expect, test } from './fixtures/test'

test.use({ serviceWorkers: 'allow' })

test('after one visit, every route works offline: article, search, profile, timeline, figures chart', async ({ page, context }) => {
  await page.goto('/')
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null)

  await context.setOffline(true)
  await page.reload()
  await expect(page.getByText('离线阅读中')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('县报档案')

  await page.goto('/articles/001_a9866df5d050a74f-a01')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('平阳举行2025年乡镇“三比三看”第一次交流活动')

  await page.goto('/search?q=縣委書記')
  await expect(page.getByRole('list', { name: '搜索结果' }).getByRole('listitem').first()).toBeVisible()

  await page.goto('/people/曾上俊-温州市')
  await expect(page.getByText('职务时间图')).toBeVisible()

  await page.goto('/timeline?month=2025-01')
  await expect(page.getByRole('listitem').filter({ hasText: '县政协十六届四十三次主席会议' })).toBeVisible()

  await page.goto('/figures')
  await expect(page.getByRole('figure', { name: /的历年数值/ }).first().locator('svg.recharts-surface')).toBeVisible()

  await page.goto('/about')
  await expect(page.getByText('语料库版本')).toBeVisible()
})
