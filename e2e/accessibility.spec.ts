import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './fixtures/test'

const routes = ['/', '/search?q=会议', '/issues', '/issues/001_a9866df5d050a74f', '/articles/002_44dc3695a8be58eb-a03', '/timeline', '/timeline?month=2025-01', '/people', '/people/曾上俊-温州市', '/offices', '/figures', '/figures?place=平阳县&label=网络销售额', '/about',
  '/appointments', '/meetings/002_44dc3695a8be58eb-a01-m1', '/offices?place=平阳县&date=2019-06-01', '/coverage?place=平阳县&year=2025',
  '/issues?place=平阳县&year=2025&month=1', '/nowhere']

for (const route of routes) {
  test(`no serious or critical accessibility violation on ${route}`, async ({ page }) => {
    await page.goto(route)
    await page.getByRole('heading', { level: 1 }).first().waitFor()
    // the view as read, not while it loads: a loading line pulses in and out of contrast
    await expect(page.locator('.animate-pulse')).toHaveCount(0, { timeout: 30_000 })
    const { violations } = await new AxeBuilder({ page }).analyze()
    const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
  })

  test(`fits a 360 px phone without sideways scrolling, every target at least 24 px, on ${route}`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 })
    await page.goto(route)
    await page.getByRole('heading', { level: 1 }).first().waitFor()
    await expect(page.locator('.animate-pulse')).toHaveCount(0, { timeout: 30_000 })
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    // WCAG 2.2 target size (minimum): 24 × 24 px, or spaced so (links inside a sentence are exempt)
    const { violations } = await new AxeBuilder({ page }).withRules(['target-size']).analyze()
    expect(violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([])
  })
}

test('the main navigation is reachable by keyboard', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('heading', { level: 1 }).waitFor()
  const target = page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '版面' })
  for (let i = 0; i < 6 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
  await expect(target).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/issues/)
})

test('on a 360 px phone a wide table scrolls inside its own box, which the keyboard can reach', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  for (const [route, name] of [['/coverage?place=平阳县&year=2025', /平阳县 2025/], ['/appointments', '任免记录']] as const) {
    await page.goto(route)
    const box = page.getByRole('region', { name })
    await expect(box).toHaveAttribute('tabindex', '0')
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true)
  }
})
