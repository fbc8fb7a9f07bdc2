// The English interface: counts in the singular where there is one, half-width punctuation around its own words,
// and a date said once where a place's first and last pages share it.
import { expect, test } from './fixtures/test'

test('a profile in English counts with half-width brackets and the right plural', async ({ page }) => {
  await page.goto('/people/曾上俊-温州市?lang=en')
  await expect(page.getByRole('heading', { name: /^Articles \(\d+\)$/ })).toBeVisible()
  await expect(page.getByRole('heading', { name: /^Meetings \(\d+\)$/ })).toBeVisible()
  await expect(page.locator('main')).not.toContainText('Articles（')
})

test('the home page in English says a single page\'s date once, and counts one page as one', async ({ page }) => {
  await page.goto('/?lang=en')
  const lishui = page.getByRole('listitem').filter({ hasText: '莲都区' }).first()
  await expect(lishui).toContainText('1 page')
  await expect(lishui).not.toContainText('1 pages')
  await expect(lishui).not.toContainText(' to ')
})

test('a meeting in English gives its relative date with half-width punctuation', async ({ page }) => {
  await page.goto('/meetings/002_44dc3695a8be58eb-a01-m1?lang=en')
  const header = page.getByRole('article').locator('header')
  await expect(header).toContainText('(昨天下午, ')
  await expect(header).not.toContainText('（')
})

test('places in English carry their English name beside the characters', async ({ page }) => {
  await page.goto('/?lang=en')
  await expect(page.getByRole('link', { name: '平阳县 (Pingyang County)' })).toBeVisible()
  await page.goto('/offices?lang=en')
  await expect(page.getByRole('link', { name: '莲都区 (Liandu District)' })).toBeVisible()
})
