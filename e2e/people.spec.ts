import { expect, test } from './fixtures/test'

test('opening 曾上俊 shows 县政协主席 in 2019 and 县人大常委会主任 in 2025, each with its source', async ({ page }) => {
  await page.goto('/people')
  await page.getByLabel('按姓名或拼音查找').fill('曾上')
  await page.getByRole('list', { name: '人物' }).getByRole('link', { name: '曾上俊' }).click()
  const career = page.getByRole('region', { name: '职务经历' })
  await expect(career.getByRole('listitem').filter({ hasText: '县政协主席' }).first()).toContainText('2019')
  await expect(career.getByRole('listitem').filter({ hasText: '县人大常委会主任' }).first()).toContainText('2025')
  await expect(page.getByText('职务时间图')).toBeVisible()
  await career.getByRole('link', { name: /县人大常委会主任曾上俊主持会议/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('县十七届人大常委会召开第二十二次会议')
})

test('journalists are people too, with the articles they wrote', async ({ page }) => {
  await page.goto('/people?kind=journalist')
  await page.getByRole('link', { name: '曹文倩' }).click()
  await expect(page.getByRole('heading', { name: '撰写的文章' })).toBeVisible()
  await expect(page.getByRole('link', { name: '县政协召开十六届四十三次主席会议' })).toBeVisible()
})

test('a profile\'s meetings open the meeting\'s own page', async ({ page }) => {
  await page.goto('/people/曾上俊-温州市')
  const meetings = page.getByRole('region', { name: /参加的会议/ })
  await meetings.getByRole('link').first().click()
  await expect(page).toHaveURL(/\/meetings\//)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
})

test('an evidence link opens the article at the sentence the claim was read from, marked', async ({ page }) => {
  await page.goto('/people/曾上俊-温州市')
  await page.getByRole('region', { name: '职务经历' }).getByRole('link', { name: /县人大常委会主任曾上俊主持会议/ }).click()
  const marked = page.locator('p[data-evidence]')
  await expect(marked).toHaveCount(1)
  await expect(marked).toContainText('县人大常委会主任曾上俊主持会议')
  await expect(marked).toBeInViewport()
  await expect(marked.locator('mark').first()).toHaveText('曾上俊')
})
