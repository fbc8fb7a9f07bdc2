// /about as a reader reads it: when the archive was built, in the reader's words.
import { expect, test } from './fixtures/test'

test('/about gives the build time in words, in Chinese and in English', async ({ page }) => {
  await page.goto('/about')
  await expect(page.locator('time')).toHaveText(/^\d{4}年\d{1,2}月\d{1,2}日 \d{1,2}:\d{2}$/)
  await page.goto('/about?lang=en')
  await expect(page.locator('time')).toHaveText(/^[A-Z][a-z]+ \d{1,2}, \d{4} at \d{1,2}:\d{2}\s?[AP]M$|^\d{1,2} [A-Z][a-z]+ \d{4}/)
})
