// Every route on a 360-pixel phone: the page never scrolls sideways. A wide table (a year of coverage, the
// appointments) scrolls inside its own box, which the keyboard can reach.
import { expect, test } from './fixtures/test'

const routes = ['/', '/search?q=会议', '/issues', '/issues?place=平阳县&year=2025&month=1', '/coverage?place=平阳县&year=2025', '/issues/001_a9866df5d050a74f',
  '/articles/002_44dc3695a8be58eb-a03', '/timeline', '/timeline?month=2025-01', '/meetings/002_44dc3695a8be58eb-a01-m1', '/people', '/people/曾上俊-温州市',
  '/offices', '/offices?place=平阳县&date=2025-06-13', '/appointments', '/figures', '/figures?place=平阳县&label=网络销售额', '/about', '/nowhere']

test.use({ viewport: { width: 360, height: 740 } })

for (const route of routes) {
  test(`${route} fits a 360-pixel screen`, async ({ page }) => {
    await page.goto(route)
    await page.getByRole('heading', { level: 1 }).first().waitFor()
    await expect(page.locator('.animate-pulse')).toHaveCount(0, { timeout: 30_000 })
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow, `${route} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0)
  })
}

test('a wide table scrolls in its own box, reachable by keyboard', async ({ page }) => {
  for (const [route, name] of [['/coverage?place=平阳县&year=2025', /平阳县 2025/], ['/appointments', '任免记录']] as const) {
    await page.goto(route)
    const box = page.getByRole('region', { name })
    await expect(box).toHaveAttribute('tabindex', '0')
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true)
  }
})
