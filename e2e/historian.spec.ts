// What a local historian checks before trusting the archive as a source, on the bundled pages: dates at the
// precision the evidence gives, sightings that do not pass for terms, who held an office on a day, appointments
// and meetings as records, 时任 titles, people found by pinyin.
import { expect, test } from './fixtures/test'

test('a page known only by its year cites as 2019 and is found by any range within 2019', async ({ page }) => {
  await page.goto('/articles/000_42da41f81e77db42-a01')
  await expect(page.getByRole('article').locator('time').first()).toHaveText('2019年')
  const citation = page.getByRole('region', { name: '引用' })
  await expect(citation.locator('pre').first()).toContainText(', 2019(')
  await expect(citation).not.toContainText('2019-01-01')
  await page.goto('/search?q=平阳&from=2019-03&to=2019-12')
  const results = page.getByRole('list', { name: '搜索结果' })
  await expect(results.getByRole('listitem').first()).toContainText('2019年')
  await expect(page.getByRole('button', { name: /^2019年（月份不明）: \d+$/ })).toBeVisible()
})

test('曾上俊\'s 2019 title is a sighting in 2019, not a term of a year', async ({ page }) => {
  await page.goto('/people/曾上俊-温州市')
  const role = page.getByRole('region', { name: '职务经历' }).getByRole('listitem').filter({ hasText: '县政协主席' }).first()
  await expect(role).toContainText('见报 2019年')
  await expect(page.getByText(/浅色：见报/)).toBeVisible()
})

test('the 班子 on a day names who held each office then, and how that is known', async ({ page }) => {
  await page.goto('/offices?place=平阳县&date=2019-06-01')
  const secretary = () => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '县委书记', exact: true }) })
  await expect(secretary()).toContainText('董智武')
  await expect(secretary()).toContainText('同期见报')
  await expect(page).toHaveTitle('某日班子 · 平阳县 · 2019年6月1日 · 县报')
  await page.getByLabel('日期').fill('2025-06-13')
  await expect(page).toHaveURL(/date=2025-06-13/)
  await expect(secretary()).toContainText('孟晓斌')
  await expect(secretary()).not.toContainText('董智武')
  const deputies = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '副县长', exact: true }) })
  await page.goto('/offices?place=平阳县&date=2025-03-01')
  await expect(deputies).toContainText('张峻榕')
  await expect(deputies.getByRole('link', { name: /2025年1月9日任命/ })).toBeVisible()
})

test('an office\'s whole succession is a click away, in order', async ({ page }) => {
  await page.goto('/offices?place=平阳县')
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '县委书记', exact: true }) })
  await expect(row.getByRole('listitem')).toHaveCount(1)
  await expect(row.getByRole('listitem')).toContainText('孟晓斌')
  await row.getByRole('button', { name: '历任 2 人' }).click()
  await expect(row.getByRole('listitem').nth(0)).toContainText('董智武')
  await expect(row.getByRole('listitem').nth(1)).toContainText('孟晓斌')
})

test('/appointments lists 张峻榕 appointed 副县长 on 2025-01-09, with the notice', async ({ page }) => {
  await page.goto('/appointments')
  const row = page.getByRole('row').filter({ hasText: '张峻榕' })
  await expect(row).toContainText('2025年1月9日')
  await expect(row).toContainText('任命')
  await expect(row).toContainText('副县长')
  await page.getByRole('combobox', { name: '类别' }).selectOption('remove')
  await expect(page).toHaveURL(/action=remove/)
  await expect(page.getByRole('row').filter({ hasText: '张峻榕' })).toHaveCount(0)
  await expect(page.getByRole('row').filter({ hasText: '陈国翰' })).toBeVisible()
  await page.getByRole('row').filter({ hasText: '陈国翰' }).getByRole('link', { name: /公告/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('公告')
})

test('a meeting is a record of its own: date and basis, chair, its series, the article', async ({ page }) => {
  await page.goto('/timeline?month=2025-01')
  await page.getByRole('link', { name: '县十七届人大常委会第二十二次会议' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('县十七届人大常委会第二十二次会议')
  await expect(page.getByText('（昨天下午，相对日期）')).toBeVisible()
  await expect(page.getByText('主持：曾上俊')).toBeVisible()
  await expect(page.getByRole('heading', { name: '同一系列：县人大常委会会议' })).toBeVisible()
  await expect(page).toHaveTitle('县十七届人大常委会第二十二次会议 · 县报')
})

test('an article names each person\'s title on its date, linked to the sentence that shows it', async ({ page }) => {
  await page.goto('/articles/002_44dc3695a8be58eb-a01')
  await expect(page.getByRole('link', { name: /时任平阳县人大常委会主任/ })).toBeVisible()
})

test('Enter on a pinyin name shows the person above the articles', async ({ page }) => {
  await page.goto('/')
  const box = page.getByRole('searchbox', { name: '搜索' })
  await box.fill('mxb')
  await box.press('Enter')
  await expect(page).toHaveURL(/search\?q=mxb/)
  const people = page.getByRole('region', { name: /^人物/ })
  await people.getByRole('link', { name: '孟晓斌', exact: true }).click()
  await expect(page).toHaveURL(/people\//)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('孟晓斌')
})

test('a page leads to the paper\'s previous and next issues, and a year shows which days the archive has', async ({ page }) => {
  await page.goto('/issues?place=平阳县&year=2025&month=6')
  await page.getByRole('link', { name: '全年覆盖' }).click()
  await expect(page.getByRole('status')).toContainText(/\d+ 天 · \d+ 个版面/)
  await page.getByRole('link', { name: /^2025-06-13 / }).click()
  await expect(page).toHaveURL(/day=2025-06-13/)
})

test('the interface language is in the URL, and names show their pinyin in English', async ({ page }) => {
  await page.goto('/people/孟晓斌-温州市?lang=en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('孟晓斌(Meng Xiaobin)')
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Offices' }).click()
  await expect(page).toHaveURL(/lang=en/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Offices and holders')
})

test('a list view downloads what it shows as CSV and JSON, named by its filters', async ({ page }) => {
  await page.goto('/offices?place=平阳县&date=2025-06-13')
  const csv = page.waitForEvent('download')
  await page.getByRole('button', { name: '下载 CSV' }).click()
  expect((await csv).suggestedFilename()).toBe('xianbao-offices-平阳县-2025-06-13.csv')
  const json = page.waitForEvent('download')
  await page.getByRole('button', { name: '下载 JSON' }).click()
  const { readFileSync } = await import('node:fs')
  const rows = JSON.parse(readFileSync((await (await json).path())!, 'utf8')) as { title: string; name: string; basis: string }[]
  expect(rows).toContainEqual(expect.objectContaining({ title: '县委书记', name: '孟晓斌', basis: 'seen-on-day' }))
})

test('the 纠错 action of a title composes the entry of the corrections file', async ({ page }) => {
  await page.goto('/people/张峻榕-温州市')
  await page.getByText('纠错', { exact: true }).first().click()
  await expect(page.getByRole('textbox', { name: '纠错 YAML' }).first()).toHaveValue(/^- person: 张峻榕-温州市\n {2}title: 副县长\n/)
})

test('a figure and an appointment compose their own 纠错 entries', async ({ page }) => {
  await page.goto('/figures?place=平阳县')
  const first = page.getByRole('list', { name: '报道中的数据' }).getByRole('listitem').first()
  // the charts load after the list and arrive above it: wait for them, so that the list does not move under the click
  await expect(page.getByRole('figure', { name: /的历年数值/ }).first().locator('svg.recharts-surface')).toBeVisible()
  await page.waitForLoadState('networkidle')
  await first.getByText('纠错', { exact: true }).click()
  await expect(first.getByRole('textbox', { name: '纠错 YAML' })).toHaveValue(/^- figure: \S+\n {2}set: \{ label: .+, value: \d+(\.\d+)?, unit: /)
  await page.goto('/appointments')
  const row = page.getByRole('row').filter({ hasText: '张峻榕' })
  await row.getByText('纠错', { exact: true }).click()
  await expect(row.getByRole('textbox', { name: '纠错 YAML' })).toHaveValue(/^- appointment: \S+\n {2}name: 张峻榕\n {2}title: 副县长\n/)
})
