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

test('every route names its tab: the view, the page, the headline, the person', async ({ page }) => {
  const titles = new Map<string, string>()
  for (const [path, title] of [
    ['/', '县报 · 县级党报的结构化阅读器'],
    ['/issues', '按日期浏览 · 平阳县 · 县报'],
    ['/issues/001_a9866df5d050a74f', /^平阳报 · 第1版 2025年6月13日 · 县报$/],
    ['/articles/001_a9866df5d050a74f-a01', '平阳举行2025年乡镇“三比三看”第一次交流活动 · 县报'],
    ['/people', '人物 · 县报'],
    ['/people/曾上俊-温州市', '曾上俊 · 县报'],
    ['/offices', /^职务与任职者 · .* · 县报$/],
    ['/timeline', /^会议时间线 · 2025年6月 · 县报$/],
    ['/figures', /^报道中的数据 · 平阳县 · 县报$/],
    ['/search?q=董智武', '搜索：董智武 · 县报'],
    ['/about', /^关于.* · 县报$/],
    ['/appointments', '任免记录 · 平阳县 · 2025 · 县报'],
    ['/meetings/002_44dc3695a8be58eb-a01-m1', '县十七届人大常委会第二十二次会议 · 县报'],
    ['/offices?place=平阳县&date=2019-06-01', '某日班子 · 平阳县 · 2019年6月1日 · 县报'],
    ['/coverage?place=平阳县&year=2025', '平阳县 2025年 档案覆盖 · 县报'],
    ['/articles/no-such-article', '找不到文章“no-such-article”。 · 县报'],
  ] as const) {
    await page.goto(path)
    await expect(page).toHaveTitle(title)
    titles.set(path, await page.title())
  }
  expect(new Set(titles.values()).size).toBe(titles.size)
})
