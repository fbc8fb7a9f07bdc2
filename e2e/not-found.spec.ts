import { expect, test } from './fixtures/test'

for (const [path, message] of [
  ['/articles/no-such-article', '找不到文章“no-such-article”'],
  ['/issues/no-such-page', '找不到版面“no-such-page”'],
  ['/people/no-such-person', '找不到人物“no-such-person”'],
  ['/no/such/route', '找不到这个页面'],
] as const) {
  test(`an unknown address shows a not-found message: ${path}`, async ({ page }) => {
    await page.goto(path)
    await expect(page.getByRole('alert')).toContainText(message)
  })
}

test('a missing corpus says how to build it instead of a blank page', async ({ page }) => {
  await page.route('**/corpus/**', (route) => route.fulfill({ status: 404, body: 'not found' }))
  await page.goto('/')
  await expect(page.getByRole('alert')).toContainText('语料库还没有构建或无法读取')
  await expect(page.getByRole('alert')).toContainText('npm run corpus')
})

test('the interface switches to English and back', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The county paper archive')
  await page.getByRole('button', { name: '中文' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('县报档案')
})
