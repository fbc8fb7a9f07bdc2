// The reader under faults: a file of the corpus unreachable or corrupt, a corpus rebuilt under an open page, no
// room to save the offline copy. Each shows a clear message and keeps what still works.
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures/test'

interface Manifest { views: string; counts: Record<string, number>; search: { file: string } }
const manifestOf = async (page: Page) => (await (await page.request.get('/corpus/manifest.json')).json()) as Manifest

test('a view file that cannot be fetched is named, with a retry that fetches it again', async ({ page }) => {
  let reachable = false
  await page.route('**/corpus/views/*/articles/001_a9866df5d050a74f-a01.json', (route) => (reachable ? route.continue() : route.abort('connectionrefused')))
  await page.goto('/articles/001_a9866df5d050a74f-a01')
  await expect(page.getByRole('alert')).toContainText('articles/001_a9866df5d050a74f-a01.json')
  // the frame of the app still works meanwhile
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible()
  reachable = true
  await page.getByRole('button', { name: '重试' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('平阳举行2025年乡镇“三比三看”第一次交流活动')
})

test('a view reads only its own files: no article shard, no collection of the whole corpus', async ({ page }) => {
  const whole: string[] = []
  page.on('request', (r) => {
    if (/\/corpus\/(articles\/|people\.json|meetings\.json|figures\.json|issues\.json|offices\.json)/.test(r.url())) whole.push(r.url())
  })
  for (const path of ['/', '/issues', '/people', '/people/曾上俊-温州市', '/timeline', '/figures', '/offices', '/about', '/articles/001_a9866df5d050a74f-a01']) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  }
  await page.goto('/search?q=董智武')
  await expect(page.getByRole('list', { name: '搜索结果' }).getByRole('listitem').first()).toBeVisible()
  expect(whole).toEqual([])
})

test('a corrupt view file is named with what is wrong with it', async ({ page }) => {
  await page.route('**/corpus/views/*/timeline/2025-01.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '[{"meeting": "broken' }))
  await page.goto('/timeline?month=2025-01')
  await expect(page.getByRole('alert')).toContainText('timeline/2025-01.json')
  await expect(page.getByRole('alert')).toContainText('not valid JSON')
})

test('a view file of another shape is refused, naming the file and the field, not shown half-read', async ({ page }) => {
  // valid JSON, but a meeting whose date is not a date: what a file of another builder version may hold
  await page.route('**/corpus/views/*/meetings/*.json', async (route) => {
    const view = await (await route.fetch()).json()
    view.meeting.date.value = '13 June 2025'
    await route.fulfill({ json: view })
  })
  await page.goto('/meetings/002_44dc3695a8be58eb-a01-m1')
  await expect(page.getByRole('alert')).toContainText('meetings/002_44dc3695a8be58eb-a01-m1.json')
  await expect(page.getByRole('alert')).toContainText('meeting.date.value')
})

test('a corrupt search index file: the searches that need it name it, the others are still answered', async ({ page }) => {
  const manifest = await manifestOf(page)
  const folder = manifest.search.file.slice(0, manifest.search.file.lastIndexOf('/') + 1)
  const { chunks } = (await (await page.request.get(`/corpus/${manifest.search.file}`)).json()) as { chunks: string[] }
  // the chunk a term is in: the last whose first term is not after it (terms in UTF-16 code-unit order)
  const chunkOf = (term: string) => `terms-${String(chunks.filter((first) => first <= term).length - 1).padStart(4, '0')}.bin`
  const broken = chunkOf('董智')
  const other = ['会议', '县委', '经济', '平阳', '发展'].find((q) => chunkOf(q) !== broken)!
  await page.route(`**/corpus/${folder}${broken}`, (route) => route.fulfill({ status: 200, body: Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0x01]) }))
  await page.goto('/search?q=董智武')
  await expect(page.getByRole('alert')).toContainText(broken)
  await page.goto(`/search?q=${other}`)
  await expect(page.getByRole('list', { name: '搜索结果' }).getByRole('listitem').first()).toBeVisible()
})

test('a corpus rebuilt while the page is open says so instead of mixing two versions', async ({ page }) => {
  const manifest = await manifestOf(page)
  // the page read the manifest of a build whose files are gone; the server now has another build's
  let served = 0
  await page.route('**/corpus/reader.json', (route) =>
    served++ ? route.continue() : route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ...manifest, views: 'views/0000000000000000/' }) }))
  await page.goto('/')
  await expect(page.getByRole('alert')).toContainText('语料库的文件来自两个不同的版本')
  await expect(page.getByRole('alert')).toContainText('重新加载页面')
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible()
})

test.describe('offline copy', () => {
  test.use({ serviceWorkers: 'allow' })
  test('with no room for the offline copy the reader is told, and reading online goes on', async ({ page, context }) => {
    const cdp = await context.newCDPSession(page)
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(test.info().project.use.baseURL!).origin, quotaSize: 64 * 1024 })
    await page.goto('/')
    await expect(page.getByRole('status').filter({ hasText: '无法保存离线副本' })).toBeVisible({ timeout: 30_000 })
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('县报档案')
    await page.goto('/articles/001_a9866df5d050a74f-a01')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('平阳举行2025年乡镇“三比三看”第一次交流活动')
  })
})

test('a corrupt reader.json is named in words a reader understands, and the frame of the app stays', async ({ page }) => {
  await page.route('**/corpus/reader.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"schemaVersion": 1, "counts": {' }))
  for (const path of ['/', '/people', '/search?q=县委']) {
    await page.goto(path)
    await expect(page.getByRole('alert')).toContainText('reader.json')
    await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible()
  }
  await expect(page.getByRole('alert')).not.toContainText(/at \w+ \(|TypeError|undefined/)
})

test('a partial archive says so on /about: the files the build could not read, and why', async ({ page }) => {
  await page.route('**/corpus/reader.json', async (route) => {
    const manifest = await (await route.fetch()).json()
    manifest.unread = { count: 21, files: [{ file: '2025/0613/04.txt', reason: 'the file is empty: no text to parse' }] }
    await route.fulfill({ json: manifest })
  })
  await page.goto('/about')
  const note = page.getByRole('status').filter({ hasText: '21 个输入文件未能读取' })
  await expect(note).toContainText('2025/0613/04.txt')
  await expect(note).toContainText('另有 20 个')
})
