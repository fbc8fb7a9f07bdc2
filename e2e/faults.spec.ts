// The reader under faults: a file of the corpus missing or corrupt, a manifest that disagrees with its files,
// no room to save the offline copy. Each shows a clear message and keeps what still works.
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures/test'

const manifestOf = async (page: Page) => (await (await page.request.get('/corpus/manifest.json')).json()) as { articleShards: string[]; counts: Record<string, number>; search: { index: { file: string }[] } }
const statusBar = (page: Page) => page.getByRole('status').filter({ hasText: '部分文章文件无法读取' })

test('a missing article shard is named, and the archive, calendar and people still open', async ({ page }) => {
  await page.route('**/corpus/articles/0000.json', (route) => route.fulfill({ status: 404, body: 'not found' }))
  await page.goto('/')
  await expect(statusBar(page)).toContainText('articles/0000.json')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('县报档案')
  await page.getByRole('link', { name: '版面', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.goto('/people')
  await expect(page.getByRole('link', { name: /曾上俊/ }).first()).toBeVisible()
  await expect(statusBar(page)).toBeVisible()
})

test('the status bar costs the search page nothing: no article shard is fetched there', async ({ page }) => {
  const shards: string[] = []
  page.on('request', (r) => {
    if (/\/corpus\/articles\//.test(r.url())) shards.push(r.url())
  })
  await page.goto('/search?q=董智武')
  await expect(page.getByRole('list', { name: '搜索结果' }).getByRole('listitem').first()).toBeVisible()
  expect(shards).toEqual([])
})

test('a corrupt article shard is named with what is wrong with it', async ({ page }) => {
  await page.route('**/corpus/articles/0000.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '[{"id": "broken' }))
  await page.goto('/timeline')
  await expect(statusBar(page)).toContainText('articles/0000.json')
  await expect(page.getByRole('listitem').filter({ hasText: '县政协十六届四十三次主席会议' })).toBeVisible()
})

test('a corrupt search index file: every query still answered, by scan, and the reader told so', async ({ page }) => {
  const manifest = await manifestOf(page)
  const bin = manifest.search.index.find((p) => p.file.endsWith('.bin'))!.file
  await page.route(`**/corpus/${bin}`, (route) => route.fulfill({ status: 200, body: Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0x01]) }))
  await page.goto('/search?q=董智武')
  await expect(page.getByRole('note')).toContainText(bin)
  await expect(page.getByRole('list', { name: '搜索结果' }).getByRole('listitem').first()).toBeVisible()
})

test('a manifest that disagrees with its files says so instead of mixing two versions', async ({ page }) => {
  const manifest = await manifestOf(page)
  await page.route('**/corpus/manifest.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ...manifest, counts: { ...manifest.counts, issues: manifest.counts.issues! + 3 } }) }))
  await page.goto('/')
  await expect(page.getByRole('alert')).toContainText('语料库的文件来自两个不同的版本')
  await expect(page.getByRole('alert')).toContainText('重新加载页面')
  // the frame of the app still works: its navigation and its search box
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible()
})

test.describe('offline copy', () => {
  test.use({ serviceWorkers: 'allow' })
  test('with no room for the offline copy the reader is told, and reading online goes on', async ({ page, context }) => {
    const cdp = await context.newCDPSession(page)
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: 'http://127.0.0.1:4173', quotaSize: 64 * 1024 })
    await page.goto('/')
    await expect(page.getByRole('status').filter({ hasText: '无法保存离线副本' })).toBeVisible({ timeout: 30_000 })
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('县报档案')
    await page.goto('/articles/001_a9866df5d050a74f-a01')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('平阳举行2025年乡镇“三比三看”第一次交流活动')
  })
})
