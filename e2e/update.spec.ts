// A newer build is announced and used only when the reader agrees; until then every view shows one version.
import { expect, test } from './fixtures/test'
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { serveSwitchable } from './static-server'

test.use({ serviceWorkers: 'allow' })
test.setTimeout(120_000)

test('a new corpus is offered as an update, applied when the reader agrees, and never mixed with the old one', async ({ page }) => {
  // version B: the bundled pages and one more, built into its own folder
  const work = mkdtempSync(join(tmpdir(), 'xianbao-update-'))
  const publicB = join(work, 'public')
  cpSync('public', publicB, { recursive: true, filter: (src) => !src.includes('/corpus') })
  cpSync('data/issues', join(work, 'pages'), { recursive: true })
  cpSync('e2e/fixtures/unsafe/unsafe-page.txt', join(work, 'pages', 'unsafe-page.txt'))
  execFileSync(process.execPath, ['--import', 'tsx', 'src/corpus/cli.ts', '--in', join(work, 'pages'), '--out', join(publicB, 'corpus'), '--quiet'])
  execFileSync('npx', ['vite', 'build', '--outDir', join(work, 'dist'), '--emptyOutDir', '--logLevel', 'error'], { env: { ...process.env, XIANBAO_PUBLIC_DIR: publicB } })

  const server = await serveSwitchable('dist')
  try {
    await page.goto(`${server.origin}/about`)
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
    const versionA = await page.locator('dd.font-mono').textContent()
    await expect(page.getByText(/5 个版面/)).toBeVisible()

    // the update arrives while the reader is searching: the results stay, and searching goes on in the old version
    await page.goto(`${server.origin}/search?q=董智武`)
    const results = page.getByRole('list', { name: '搜索结果' }).getByRole('listitem')
    await expect(results.first()).toBeVisible()
    server.setRoot(join(work, 'dist'))
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update())
    await expect(page.getByText('有新版本（含新的语料库）可用。')).toBeVisible({ timeout: 30_000 })
    await expect(results.first()).toBeVisible()
    await page.getByRole('searchbox', { name: '搜索' }).fill('县委书记')
    await expect(page).toHaveURL(/q=%E5%8E%BF%E5%A7%94%E4%B9%A6%E8%AE%B0/)
    await expect(results.first()).toBeVisible()
    await page.goto(`${server.origin}/about`)
    await expect(page.getByText('有新版本（含新的语料库）可用。')).toBeVisible({ timeout: 30_000 })
    // until the reader agrees, the old version everywhere
    await expect(page.locator('dd.font-mono')).toHaveText(versionA!)
    await page.getByRole('link', { name: '县报', exact: true }).click()
    await expect(page.getByText(/^5 个版面/)).toBeVisible()
    await page.goto(`${server.origin}/articles/unsafe-page-a01`)
    await expect(page.getByRole('alert')).toContainText('找不到文章')

    await page.getByRole('button', { name: '更新' }).click()
    await page.waitForEvent('load')
    await page.goto(`${server.origin}/about`)
    await expect(page.locator('dd.font-mono')).not.toHaveText(versionA!)
    await expect(page.getByText(/6 个版面/)).toBeVisible()
  } finally {
    await server.close()
    rmSync(work, { recursive: true, force: true })
  }
})
