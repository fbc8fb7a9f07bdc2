import { expect, test } from './fixtures/test'

test('/figures shows a chart at once and the figures with their sentences', async ({ page }) => {
  await page.goto('/figures')
  await expect(page.getByRole('figure', { name: '按单位汇总的数据条数' }).locator('svg.recharts-surface')).toBeVisible()
  await expect(page.getByRole('list', { name: '报道中的数据' }).getByText('24,380,000,000 元')).toBeVisible()
})

test('choosing a label charts it over time and the CSV holds what is shown', async ({ page }) => {
  await page.goto('/figures?label=网络销售额')
  await expect(page.getByRole('figure', { name: '“网络销售额”的历年数值' })).toBeVisible()
  await expect(page.getByRole('status')).toHaveText('1 条数据')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '下载 CSV' }).click()
  const file = await (await download).path()
  const { readFileSync } = await import('node:fs')
  const csv = readFileSync(file, 'utf8')
  expect(csv.split('\n').filter(Boolean)).toHaveLength(2)
  expect(csv).toContain('网络销售额,24380000000,元')
})

test('a figure in an article links to the figures of that article', async ({ page }) => {
  await page.goto('/articles/000_42da41f81e77db42-a02')
  await page.getByRole('link', { name: '4348万元' }).click()
  await expect(page).toHaveURL(/figures\?article=000_42da41f81e77db42-a02/)
  await expect(page.getByRole('figure', { name: '这篇文章中的数据（元）' })).toBeVisible()
  await expect(page.getByRole('figure', { name: '这篇文章中的数据（人次）' })).toBeVisible()
})
