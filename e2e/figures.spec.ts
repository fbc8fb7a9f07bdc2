import { expect, test } from './fixtures/test'

test('/figures shows at once the indicators the first place reports most, and its figures with their sentences', async ({ page }) => {
  await page.goto('/figures')
  // the indicators reported over several years, each over time in its own unit, the axis in that unit
  const chart = page.getByRole('figure', { name: /^“.+”的历年数值（.+）$/ }).first()
  await expect(chart.locator('svg.recharts-surface')).toBeVisible()
  await expect(page.getByRole('combobox', { name: '地区' })).toHaveValue('平阳县')
  await expect(page.getByRole('status')).toHaveText('56 条数据')
  await expect(page.getByRole('list', { name: '报道中的数据' }).getByRole('listitem')).toHaveCount(50)
})

test('the figures are paged in the URL: the next page, and a reload keeps it', async ({ page }) => {
  await page.goto('/figures?place=平阳县')
  await page.getByRole('navigation', { name: '报道中的数据：分页' }).getByRole('link', { name: '下一页' }).click()
  await expect(page).toHaveURL(/page=2/)
  await expect(page.getByRole('list', { name: '报道中的数据' }).getByRole('listitem')).toHaveCount(6)
  await page.reload()
  await expect(page.getByText('第 2 / 2 页')).toBeVisible()
  await expect(page.getByRole('list', { name: '报道中的数据' }).getByRole('listitem')).toHaveCount(6)
})

test('choosing a label charts it over time and the CSV holds what is shown', async ({ page }) => {
  await page.goto('/figures?place=平阳县&label=网络销售额')
  await expect(page.getByRole('figure', { name: '“网络销售额”的历年数值' })).toBeVisible()
  await expect(page.getByRole('status')).toHaveText('1 条数据')
  await expect(page).toHaveTitle('报道中的数据 · 平阳县 · 网络销售额 · 县报')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '下载 CSV' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('xianbao-figures-平阳县-网络销售额.csv')
  const { readFileSync } = await import('node:fs')
  const csv = readFileSync(await file.path(), 'utf8')
  expect(csv.split('\n').filter(Boolean)).toHaveLength(2)
  expect(csv).toContain('网络销售额,24380000000,元')
})

test('a figure in an article links to its label in the article\'s place', async ({ page }) => {
  await page.goto('/articles/000_42da41f81e77db42-a02')
  await page.getByRole('link', { name: '4348万元' }).click()
  await expect(page).toHaveURL(/figures\?.*label=/)
  await expect(page.getByRole('combobox', { name: '地区' })).toHaveValue('平阳县')
  await expect(page.getByRole('list', { name: '报道中的数据' })).toContainText('4348万元')
})

test('a chart never joins two units: each unit of a label is a chart of its own, its axis in 万 or 亿 of the unit', async ({ page }) => {
  await page.goto('/figures?place=平阳县')
  const charts = page.getByRole('figure', { name: /的历年数值/ })
  await expect(charts.first().locator('svg.recharts-surface')).toBeVisible()
  for (const name of await charts.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))) {
    // one unit per chart, named in its title
    expect(name).toMatch(/（[^（）]+）$/)
  }
  await expect(page.getByRole('list', { name: '报道中的数据' })).toContainText('4348万元')
})
