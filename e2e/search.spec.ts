import type { Page } from '@playwright/test'
import { expect, test } from './fixtures/test'

const results = (page: Page) => page.getByRole('list', { name: '搜索结果' })

async function searchFor(page: Page, q: string) {
  const box = page.getByRole('searchbox', { name: '搜索' })
  await box.fill(q)
  await box.press('Enter')
  await expect(page).toHaveURL(/\/search\?/)
}

test('searching 董智武 finds the articles that name him, and opening one marks every hit', async ({ page }) => {
  await page.goto('/')
  await searchFor(page, '董智武')
  await expect(results(page).getByRole('link', { name: /全县领导干部大会传达/ })).toBeVisible()
  await expect(page.getByRole('status')).toHaveText(/共 2 篇/)
  await expect(results(page).locator('mark').first()).toHaveText('董智武')
  await results(page).getByRole('link', { name: /全县领导干部大会传达/ }).click()
  await expect(page).toHaveURL(/hl=/)
  await expect(page.locator('article mark').first()).toHaveText('董智武')
})

test('searching 小微园 and 疫苗 finds what a reader expects', async ({ page }) => {
  await page.goto('/search?q=小微园')
  await expect(results(page).getByRole('link', { name: /省小微园建设提升名单/ })).toBeVisible()
  await page.goto('/search?q=疫苗')
  await expect(results(page).getByRole('link', { name: '全县新冠病毒疫苗接种工作推进会召开' })).toBeVisible()
})

test('a query in traditional characters finds simplified text', async ({ page }) => {
  await page.goto('/search?q=縣委書記')
  await expect(results(page).getByRole('listitem').first()).toBeVisible()
  await expect(results(page).locator('mark').first()).toHaveText('县委书记')
})

test('people are suggested by pinyin initials, in the search box and on /people', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('searchbox', { name: '搜索' }).fill('mxb')
  await expect(page.getByRole('list', { name: '人物建议' }).getByRole('link', { name: /孟晓斌/ })).toBeVisible()
  await page.goto('/people?q=zengshangjun')
  await expect(page.getByRole('list', { name: '人物' }).getByRole('link', { name: '曾上俊' })).toBeVisible()
})

test('places and offices are looked up by pinyin and by part of their name as one types, and open their pages', async ({ page }) => {
  await page.goto('/')
  const box = page.getByRole('searchbox', { name: '搜索' })
  const lookup = page.getByRole('list', { name: '地方、报纸、职务' })
  await box.fill('songy')
  // the county and its paper (松阳报, named by the bundled pages' papers.yaml) both answer
  await expect(lookup.getByRole('link', { name: '松阳报 报纸 · 松阳县' })).toBeVisible()
  await lookup.getByRole('link', { name: '松阳县 地方' }).click()
  await expect(page).toHaveURL(/\/issues\?place=/)
  await expect(page).toHaveTitle(/按日期浏览 · 松阳县/)
  await box.fill('政协主席')
  await expect(lookup.getByRole('link', { name: /县政协主席.*平阳县/ })).toBeVisible()
  await lookup.getByRole('link', { name: /县政协主席.*平阳县/ }).click()
  await expect(page).toHaveURL(/\/offices\?place=/)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
})

test('filters and the month histogram narrow the results, and the URL reloads to the same view', async ({ page }) => {
  await page.goto('/search?q=会议')
  const status = page.getByRole('status')
  await expect(status).toHaveText(/共 \d+ 篇/)
  const all = Number((await status.textContent())!.match(/\d+/)![0])
  await page.getByRole('button', { name: /^2025-01:/ }).click()
  await expect(page).toHaveURL(/from=2025-01&to=2025-01|to=2025-01.*from=2025-01/)
  await expect(status).not.toHaveText(`共 ${all} 篇`)
  const narrowed = await status.textContent()
  await page.reload()
  await expect(status).toHaveText(narrowed!)
  await page.getByLabel('类型').selectOption('notice')
  await expect(page).toHaveURL(/kind=notice/)
})

test('typing searches as you go, Enter keeps a history entry, and back returns to the previous search', async ({ page }) => {
  await page.goto('/search')
  const box = page.getByRole('searchbox', { name: '搜索' })
  await box.fill('疫苗')
  await expect(page).toHaveURL(/q=%E7%96%AB%E8%8B%97/)
  await expect(results(page).getByRole('listitem').first()).toBeVisible()
  await box.press('Enter')
  await box.fill('小微园')
  await box.press('Enter')
  await expect(page).toHaveURL(/q=%E5%B0%8F%E5%BE%AE%E5%9B%AD/)
  await page.goBack()
  await expect(box).toHaveValue('疫苗')
  await expect(results(page).getByRole('link', { name: /疫苗/ }).first()).toBeVisible()
})

test('"/" focuses the search box from any page', async ({ page }) => {
  await page.goto('/timeline')
  await page.getByRole('heading', { level: 1 }).waitFor()
  await page.keyboard.press('/')
  await expect(page.getByRole('searchbox', { name: '搜索' })).toBeFocused()
})

test('a corpus without its search index is told to be built again, not searched by a slower second engine', async ({ page }) => {
  // what an older builder or a third-party one writes: the contract's files, no search entry in the manifest
  for (const file of ['reader.json', 'manifest.json']) {
    await page.route(`**/corpus/${file}`, async (route) => {
      const manifest = await (await route.fetch()).json()
      delete manifest.search
      await route.fulfill({ json: manifest })
    })
  }
  await page.goto('/search?q=董智武')
  await expect(page.getByRole('alert')).toContainText('reader.json')
  await expect(page.getByRole('alert')).toContainText('search')
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible()
})

test('a page past the last says so, one click from the last page', async ({ page }) => {
  await page.goto('/search?q=董智武&page=99')
  await expect(page.getByText('结果只有 1 页，没有这一页。')).toBeVisible()
  await page.getByRole('link', { name: '看最后一页' }).click()
  await expect(results(page).getByRole('listitem').first()).toBeVisible()
})

test('a query of exclusions only explains itself instead of waiting', async ({ page }) => {
  await page.goto('/search?q=-书记')
  await expect(page.getByRole('status')).toContainText('只说了不要什么')
})
