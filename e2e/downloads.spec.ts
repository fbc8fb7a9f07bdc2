// Every list view downloads what it lists: search results, a month's pages, a year's coverage, a profile's
// articles — each file named by the view and its filters, with a header and a line a row.
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures/test'

async function csvOf(page: Page, within = page.locator('main')): Promise<{ name: string; lines: string[] }> {
  const download = page.waitForEvent('download')
  await within.getByRole('button', { name: '下载 CSV' }).first().click()
  const file = await download
  return { name: file.suggestedFilename(), lines: readFileSync(await file.path(), 'utf8').replace(/^\uFEFF/, '').split('\n').filter(Boolean) }
}

test('search results download with their dates as precise as known', async ({ page }) => {
  await page.goto('/search?q=平阳')
  const status = page.getByRole('status').filter({ hasText: /^(共|已找到) \d+ 篇/ })
  await expect(status).toHaveText(/^共 \d+ 篇$/)
  const total = Number((await status.textContent())!.match(/(\d+)/)![1])
  const { name, lines } = await csvOf(page)
  expect(name).toBe('xianbao-search-平阳.csv')
  expect(lines[0]).toBe('id,headline,kind,paper,place,date,hits,snippet')
  expect(lines).toHaveLength(total + 1)
  expect(lines.join('\n')).not.toContain('2025-01-10')
})

test('a month of the calendar downloads its pages, a page of a week dated by its range', async ({ page }) => {
  await page.goto('/issues?place=平阳县&year=2025&month=1')
  const { name, lines } = await csvOf(page)
  expect(name).toBe('xianbao-issues-平阳县-2025-01.csv')
  expect(lines[0]).toBe('id,paper,place,date,dateBasis,page,section,articles,headline')
  expect(lines[1]).toContain('002_44dc3695a8be58eb,平阳报,平阳县,2025-01-09/2025-01-15,content')
})

test('a year\'s coverage downloads the days the archive has', async ({ page }) => {
  await page.goto('/coverage?place=平阳县&year=2025')
  const { name, lines } = await csvOf(page)
  expect(name).toBe('xianbao-coverage-平阳县-2025.csv')
  expect(lines).toEqual(['date,pages', '2025-06-13,1'])
})

test('a profile downloads all its articles', async ({ page }) => {
  await page.goto('/people/曾上俊-温州市')
  const heading = page.getByRole('heading', { name: /^相关文章（\d+）$/ })
  const count = Number((await heading.textContent())!.match(/（(\d+)）/)![1])
  const { name, lines } = await csvOf(page, page.getByRole('region', { name: /^相关文章/ }))
  expect(name).toBe('xianbao-articles-曾上俊.csv')
  expect(lines).toHaveLength(count + 1)
})

test('a pinyin query that finds a person but no text says so', async ({ page }) => {
  await page.goto('/search?q=mxb')
  await expect(page.getByRole('region', { name: /^人物/ })).toBeVisible()
  await expect(page.getByText('全文中没有这串文字；查询匹配的人物见上。')).toBeVisible()
})
