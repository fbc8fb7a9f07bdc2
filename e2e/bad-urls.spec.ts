// Addresses a reader mistypes or an old link carries: each route answers with its view, a fallback or a clear "no
// such" state in the reader's words — never a crash, NaN, an impossible date, or a developer's instruction.
import { expect, test } from './fixtures/test'

const BAD = [
  '/?lang=xx', '/offices?date=2019-13-45', '/offices?date=abc', '/offices?date=2025-02-30', '/people?page=999', '/people?page=-1',
  '/timeline?month=2025-13', '/timeline?month=abc', '/issues?year=abcd&month=99', '/coverage?year=1800', '/figures?page=0&label=不存在',
  '/appointments?year=abc', '/search?q=县委&page=99', '/search?q=县委&from=2025-13-01', '/people/no-such-person?articles=x',
]

for (const path of BAD) {
  test(`${path} shows a view or a clear message`, async ({ page }) => {
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(path)
    await expect(page.getByRole('navigation', { name: /主导航|Main/ })).toBeVisible()
    const text = await page.locator('main').innerText()
    expect(text).not.toMatch(/NaN|Invalid time value|undefined|npm run corpus|Cannot read properties/)
    expect(await page.title()).not.toMatch(/NaN|undefined/)
    expect(errors).toEqual([])
  })
}
