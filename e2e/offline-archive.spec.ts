// An archive too big to precache (built here with the precache threshold at 0 MB): the app and the small indexes
// are saved on the first visit, what the reader opens is kept as it is used, and /about saves the rest on request.
import { expect, test } from './fixtures/test'
import type { Page } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { serveSwitchable } from './static-server'

test.use({ serviceWorkers: 'allow' })
test.describe.configure({ timeout: 120_000 })

let origin = ''
let work: string
let server: Awaited<ReturnType<typeof serveSwitchable>>
/** view files are slow to come (a slow network), so that a save can be paused midway */
let slowViews = 0

test.beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'xianbao-big-'))
  execFileSync('npx', ['vite', 'build', '--outDir', join(work, 'dist'), '--emptyOutDir', '--logLevel', 'error'], { env: { ...process.env, XIANBAO_PRECACHE_WHOLE_MB: '0' } })
  server = await serveSwitchable(join(work, 'dist'), (path) => (path.startsWith('/corpus/views/') ? slowViews : 0))
  origin = server.origin
})

test.afterAll(async () => {
  await server.close()
  rmSync(work, { recursive: true, force: true })
})

async function installed(page: Page) {
  await page.goto(`${origin}/about`)
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
}

/** The chunk of the search index a term is in, from the index's meta file. */
function chunkOf(term: string): string {
  const manifest = JSON.parse(readFileSync(join(work, 'dist/corpus/reader.json'), 'utf8')) as { search: { file: string } }
  const { chunks } = JSON.parse(readFileSync(join(work, 'dist/corpus', manifest.search.file), 'utf8')) as { chunks: string[] }
  return String(chunks.filter((first) => first <= term).length - 1)
}

test('the first visit saves the app, not the archive; a search and an article opened online work offline afterwards', async ({ page, context }) => {
  await installed(page)
  await expect(page.getByRole('heading', { name: '保存整个档案以离线使用' })).toBeVisible()
  await expect(page.getByText(/整个档案约 [\d.]+ MB/)).toBeVisible()

  await page.goto(`${origin}/search?q=董智武`)
  const results = page.getByRole('list', { name: '搜索结果' }).getByRole('listitem')
  await expect(results.first()).toBeVisible()
  await results.first().getByRole('link').first().click()
  // the article's heading, once the article is open (read at once, it was now and then the search page's)
  await expect(page).toHaveURL(/\/articles\//)
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/^搜索/)
  const headline = await page.getByRole('heading', { level: 1 }).textContent()

  await context.setOffline(true)
  await page.goto(`${origin}/search?q=董智武`)
  await expect(results.first()).toBeVisible()
  await expect(page.getByText(/^共 \d+ 篇$/)).toBeVisible()
  await results.first().getByRole('link').first().click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline!)

  // a search whose index files were never fetched says it needs the network (or a saved archive)
  const unseen = ['会议', '经济', '发展', '平阳', '干部', '群众'].find((q) => chunkOf(q) !== chunkOf('董智') && chunkOf(q) !== chunkOf('智武'))!
  await page.goto(`${origin}/search?q=${unseen}`)
  await expect(page.getByRole('alert')).toContainText('尚未保存到本机')
})

test('saving the whole archive shows its progress, pauses and resumes (after a reload too), then every route works offline', async ({ page, context }) => {
  await installed(page)
  slowViews = 40
  await page.getByRole('button', { name: '保存整个档案' }).click()
  const bar = page.getByRole('progressbar', { name: '保存进度' })
  await expect(page.getByRole('button', { name: '暂停' })).toBeVisible()
  await expect.poll(async () => Number(await bar.getAttribute('value'))).toBeGreaterThan(0)
  await page.getByRole('button', { name: '暂停' }).click()
  await expect(page.getByText('已暂停，可随时继续')).toBeVisible()
  const pausedAt = Number(await bar.getAttribute('value'))
  expect(pausedAt).toBeLessThan(Number(await bar.getAttribute('max')))

  await page.reload()
  await expect(page.getByText('已暂停，可随时继续')).toBeVisible()
  expect(Number(await bar.getAttribute('value'))).toBe(pausedAt)
  slowViews = 0
  await page.getByRole('button', { name: '继续保存' }).click()
  await expect(page.getByText('整个档案已保存在本机，可以离线使用。')).toBeVisible({ timeout: 60_000 })
  expect(Number(await bar.getAttribute('value'))).toBe(Number(await bar.getAttribute('max')))

  await context.setOffline(true)
  const routes: [string, RegExp | string][] = [
    ['/', '县报档案'],
    ['/issues', '按日期浏览'],
    ['/articles/001_a9866df5d050a74f-a01', '平阳举行2025年乡镇“三比三看”第一次交流活动'],
    ['/people', '人物'],
    ['/people/曾上俊-温州市', /曾上俊/],
    ['/timeline?month=2025-01', '会议时间线'],
    ['/offices', '职务与任职者'],
    ['/appointments', '任免记录'],
    ['/figures', '报道中的数据'],
  ]
  for (const [path, heading] of routes) {
    await page.goto(origin + path)
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(heading)
    await expect(page.getByRole('alert'), path).toHaveCount(0)
  }
  // searches never run before: their index files were saved too
  for (const q of ['縣委書記', '会议', '经济']) {
    await page.goto(`${origin}/search?q=${q}`)
    await expect(page.getByRole('list', { name: '搜索结果' }).getByRole('listitem').first()).toBeVisible()
  }
  await page.goto(`${origin}/figures`)
  await expect(page.getByRole('figure', { name: /的历年数值/ }).first().locator('svg.recharts-surface')).toBeVisible()
})
