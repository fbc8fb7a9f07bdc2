// A paper's page PDF as the archive: built and served as a corpus of its own, an article read from it shows its
// clip of the printed page (原版) beside the text, and the whole page is a link away.
import { execFileSync } from 'node:child_process'
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from './fixtures/test'
import { serveSwitchable } from './static-server'

let base = ''
let work = ''
let server: Awaited<ReturnType<typeof serveSwitchable>> | null = null

test.describe.configure({ mode: 'serial', timeout: 120_000 })

test.beforeAll(async () => {
  test.setTimeout(240_000)
  work = mkdtempSync(join(tmpdir(), 'xianbao-print-e2e-'))
  const publicDir = join(work, 'public')
  cpSync('public', publicDir, { recursive: true, filter: (src) => !src.includes('/corpus') })
  mkdirSync(join(work, 'pages'))
  copyFileSync('src/corpus/__fixtures__/pdf/songyang-2024-11-08-p1.pdf', join(work, 'pages', 'songyang-2024-11-08-p1.pdf'))
  execFileSync(process.execPath, ['--import', 'tsx', 'src/corpus/cli.ts', '--in', join(work, 'pages'), '--out', join(publicDir, 'corpus'), '--quiet', '--no-cache'])
  execFileSync('npx', ['vite', 'build', '--outDir', join(work, 'dist'), '--emptyOutDir', '--logLevel', 'error'], { env: { ...process.env, XIANBAO_PUBLIC_DIR: publicDir } })
  server = await serveSwitchable(join(work, 'dist'))
  base = server.origin
})

test.afterAll(async () => {
  await server?.close()
  rmSync(work, { recursive: true, force: true })
})

test('an article read from a PDF shows the clip of the printed page it came from', async ({ page }) => {
  await page.goto(`${base}/articles/songyang-2024-11-08-p1-a02`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('城北社区开展敬老志愿服务')
  const clip = page.getByRole('img', { name: /^原版：城北社区开展敬老志愿服务/ })
  await expect(clip).toBeVisible()
  // the image loaded, and the clip is of the article's shape (a column, taller than wide)
  expect(await clip.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 1000)).toBe(true)
  const frame = await clip.locator('..').boundingBox()
  expect(frame!.height).toBeGreaterThan(frame!.width)
  await expect(page.getByRole('link', { name: '查看整版' })).toHaveAttribute('href', /\/corpus\/print\/[0-9a-f]{20}\.webp$/)
})
