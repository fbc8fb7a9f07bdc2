// Corpus text is data, never markup: a page whose text holds <script> and <img onerror> shows them as text.
import { expect, test } from './fixtures/test'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

test('markup in the text of a page is shown as plain characters and never runs', async ({ page }) => {
  const out = mkdtempSync(join(tmpdir(), 'xianbao-unsafe-'))
  const build = spawnSync(process.execPath, ['--import', 'tsx', 'src/corpus/cli.ts', '--in', 'e2e/fixtures/unsafe', '--out', out, '--quiet'], { encoding: 'utf8' })
  expect(build.status, build.stderr).toBe(0)
  await page.route('**/corpus/**', (route) => {
    const file = join(out, new URL(route.request().url()).pathname.replace(/^.*\/corpus\//, ''))
    return existsSync(file) ? route.fulfill({ body: readFileSync(file), contentType: 'application/json' }) : route.fulfill({ status: 404 })
  })
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto('/articles/unsafe-page-a01')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('标题里有<script>window.__pwned = 1</script>标签')
  await expect(page.getByText('正文里有<img src=x onerror="window.__pwned = 2">图片标签，还有<b>粗体</b>。')).toBeVisible()
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
  expect(await page.locator('main img, main script, main b').count()).toBe(0)
  expect(errors).toEqual([])
})
