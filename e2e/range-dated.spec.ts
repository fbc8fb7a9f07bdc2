// A page the content dates only to a week (002: "2025年1月9日至15日间", the builder's best day the 10th), walked
// through every view and export that shows a date: none may state a day the evidence does not give.
import { expect, test } from './fixtures/test'

const PAGE = '002_44dc3695a8be58eb'
const RANGE = '2025年1月9日至15日间'

test('the page reads as its range, and the calendar and coverage put it on no day', async ({ page }) => {
  await page.goto(`/issues/${PAGE}`)
  await expect(page.getByRole('article').locator('time').first()).toHaveText(RANGE)

  await page.goto('/issues?place=平阳县&year=2025&month=1')
  const month = page.getByRole('table', { name: /2025/ })
  await expect(month).toBeVisible()
  await expect(month.getByRole('link')).toHaveCount(0)
  const withoutDay = page.getByRole('region', { name: /本月日期不确定的版面/ })
  await expect(withoutDay.getByRole('listitem')).toContainText(RANGE)

  await page.goto('/coverage?place=平阳县&year=2025')
  await expect(page.getByRole('link', { name: /^2025-06-13 / })).toBeVisible()
  await expect(page.getByRole('link', { name: /^2025-01-/ })).toHaveCount(0)
})

test('its articles cite the range or the month holding it in every format, never the 10th', async ({ page }) => {
  await page.goto(`/articles/${PAGE}-a01`)
  const citation = page.getByRole('region', { name: '引用' })
  await citation.getByText('BibTeX · CSL-JSON · RIS').click()
  await expect(citation.locator('pre').first()).toContainText('平阳报, 2025-01[')
  await expect(citation).toContainText('date = {2025-01-09/2025-01-15}')
  await expect(citation).toContainText('Y1  - 2025/01//')
  await expect(citation).not.toContainText('2025-01-10')
  await expect(citation).not.toContainText('2025/01/10')
})

test('a meeting reported as 昨天 on it is dated by the range, shifted, on its page and on the timeline', async ({ page }) => {
  await page.goto(`/meetings/${PAGE}-a01-m1`)
  await expect(page.getByRole('article').locator('header')).toContainText('2025年1月8日至14日间')
  await page.goto('/timeline?month=2025-01')
  const card = page.getByRole('listitem').filter({ hasText: '县十七届人大常委会第二十二次会议' }).first()
  await expect(card).toContainText('2025年1月8日至14日间')
})

test('who it shows is seen within its range: no 此前此后 on a day inside it', async ({ page }) => {
  await page.goto('/people/曾上俊-温州市')
  const chair = page.getByRole('region', { name: '职务经历' }).getByRole('listitem').filter({ hasText: '县人大常委会主任' }).first()
  await expect(chair).toContainText('见报 2025年1月9日至6月13日间')

  await page.goto('/offices?place=平阳县&date=2025-01-10')
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '县人大常委会主任', exact: true }) })
  await expect(row).toContainText('曾上俊')
  await expect(row).toContainText('同期见报')
  await expect(row).not.toContainText('此前此后均见报')
  // between its range and a dated page of June, a sighting is certain on each side
  await page.goto('/offices?place=平阳县&date=2025-03-01')
  await expect(row).toContainText('此前此后均见报')
})
