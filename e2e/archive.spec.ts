// The reader on an archive of its own size: a generated one (npm run gen:archive) of 14,000 articles in three counties,
// built and served beside the bundled corpus. Every long list is paged in the URL, a reload keeps the page, the
// counts say how many there are, and search shows results beyond the first 50.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Manifest } from '../src/shared/corpus-manifest'
import { viewFile } from '../src/shared/views'
import type { Paged, MeetingRow, MeetingView, OfficeEntry, OfficesIndex, PersonEntry, TimelineIndex, TimelineYear } from '../src/shared/view-records'
import { expect, test } from './fixtures/test'
import { buildAndServe, ownCorpusFolder } from './own-corpus'

let base = ''
let close = async () => {}
let view: <T>(file: { path: string } | string) => T

test.describe.configure({ mode: 'serial', timeout: 180_000 })

test.beforeAll(async () => {
  test.setTimeout(300_000)
  const folder = ownCorpusFolder('archive')
  execFileSync('npx', ['tsx', 'bench/gen-archive.ts', '--articles', '14000', '--out', join(folder.work, 'pages'), '--seed', '7'])
  ;({ base, close } = await buildAndServe(folder, join(folder.work, 'pages')))
  const corpus = join(folder.publicDir, 'corpus')
  const manifest = JSON.parse(readFileSync(join(corpus, 'manifest.json'), 'utf8')) as Manifest
  view = <T>(file: { path: string } | string) => JSON.parse(readFileSync(join(corpus, manifest.views, typeof file === 'string' ? file : file.path), 'utf8')) as T
})

test.afterAll(() => close())

test('the people directory is paged: the next page is in the URL, a reload keeps it, the count is the whole', async ({ page }) => {
  const first = view<Paged<PersonEntry>>('people/all-0001.json')
  expect(first.pages).toBeGreaterThan(2)
  await page.goto(`${base}/people`)
  await expect(page.getByRole('status')).toContainText(`${first.total} 人`)
  await expect(page.getByRole('list', { name: '人物' }).getByRole('listitem')).toHaveCount(50)
  await page.getByRole('navigation', { name: '人物：分页' }).getByRole('link', { name: '下一页' }).click()
  await expect(page).toHaveURL(/\/people\?page=2$/)
  const second = view<Paged<PersonEntry>>('people/all-0002.json')
  await expect(page.getByRole('link', { name: second.items[0]!.name, exact: true })).toBeVisible()
  await page.reload()
  await expect(page.getByText(`第 2 / ${first.pages} 页`)).toBeVisible()
  await expect(page.getByRole('link', { name: second.items[0]!.name, exact: true })).toBeVisible()
  await expect(page).toHaveTitle('人物 · 县报')
})

test('the people export holds the whole directory, not the page on screen', async ({ page }) => {
  const first = view<Paged<PersonEntry>>('people/all-0001.json')
  await page.goto(`${base}/people?page=2`)
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '下载 CSV' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('xianbao-people.csv')
  const { readFileSync: read } = await import('node:fs')
  // a header, then one line a person (names hold no line breaks)
  expect(read(await file.path(), 'utf8').split('\n').filter(Boolean)).toHaveLength(first.total + 1)
})

test('a profile pages its articles, and its meetings apart', async ({ page }) => {
  const top = view<Paged<PersonEntry>>('people/all-0001.json').items[0]!
  expect(top.articles).toBeGreaterThan(50)
  await page.goto(`${base}/people/${encodeURIComponent(top.id)}`)
  await expect(page).toHaveTitle(`${top.name} · 县报`)
  await expect(page.getByRole('heading', { name: new RegExp(`（${top.articles}）`) })).toBeVisible()
  await page.getByRole('navigation', { name: '相关文章：分页' }).getByRole('link', { name: '下一页' }).click()
  await expect(page).toHaveURL(/articles=2/)
  await page.reload()
  await expect(page.getByText(`第 2 / ${Math.ceil(top.articles / 50)} 页`).first()).toBeVisible()
})

test('a month of the timeline with more meetings than a page is paged', async ({ page }) => {
  const index = view<TimelineIndex>('timeline/index.json')
  const busy = index.years.flatMap((y) => view<TimelineYear>(viewFile.timelineYear(y.year)).months).find((m) => m.count > 50)!
  expect(busy).toBeTruthy()
  await page.goto(`${base}/timeline?month=${busy.month}`)
  await expect(page.getByRole('status')).toContainText(`${busy.count} 次会议`)
  await page.getByRole('navigation', { name: '会议时间线：分页' }).getByRole('link', { name: '下一页' }).click()
  await expect(page).toHaveURL(new RegExp(`month=${busy.month}.*page=2|page=2.*month=${busy.month}`))
  await page.reload()
  await expect(page.getByText(`第 2 / ${Math.ceil(busy.count / 50)} 页`)).toBeVisible()
})

test('a place with more offices than a page is paged', async ({ page }) => {
  const place = view<OfficesIndex>('offices/index.json').places.find((p) => p.pages > 1)!
  await page.goto(`${base}/offices?place=${encodeURIComponent(place.place)}`)
  await expect(page.getByRole('status')).toContainText(`${place.offices} 个职务`)
  await page.getByRole('navigation', { name: new RegExp(`分页`) }).getByRole('link', { name: '下一页' }).click()
  await expect(page).toHaveURL(/page=2/)
  await page.reload()
  await expect(page.getByText(`第 2 / ${place.pages} 页`)).toBeVisible()
  await expect(page).toHaveTitle(`职务与任职者 · ${place.place} · 县报`)
})

test('an office lists its latest holder, and its whole succession on a click', async ({ page }) => {
  const index = view<OfficesIndex>('offices/index.json')
  // the first page of a place that lists an office with several holders
  const [place, office] = index.places.flatMap((p) => view<Paged<OfficeEntry>>(viewFile.offices(p.place, 1)).items.filter((o) => o.holderCount > 1).map((o) => [p, o] as const))[0]!
  expect(office.holders).toHaveLength(1)
  await page.goto(`${base}/offices?place=${encodeURIComponent(place.place)}`)
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: office.title, exact: true }) })
  await expect(row.getByRole('link', { name: office.holders[0]!.name })).toBeVisible()
  await row.getByRole('button', { name: `历任 ${office.holderCount} 人` }).click()
  await expect(row.getByRole('listitem')).toHaveCount(office.holderCount)
})

/** results a page of the search view */
const PAGE = 20

test('search shows every result, 20 a page, beyond the first 20', async ({ page }) => {
  await page.goto(`${base}/search?q=${encodeURIComponent('会议')}`)
  const status = page.getByRole('status').filter({ hasText: /共 \d+ 篇/ })
  await expect(status).toBeVisible({ timeout: 60_000 })
  const total = Number((await status.textContent())!.match(/共 (\d+) 篇/)![1])
  expect(total).toBeGreaterThan(100)
  const results = page.getByRole('list', { name: '搜索结果' }).getByRole('listitem')
  await expect(results).toHaveCount(PAGE)
  await page.getByRole('navigation', { name: '搜索：分页' }).getByRole('link', { name: '下一页' }).click()
  await expect(page).toHaveURL(/page=2/)
  await expect(results).toHaveCount(PAGE)
  await page.getByRole('navigation', { name: '搜索：分页' }).getByRole('link', { name: '末页' }).click()
  await expect(results).toHaveCount(total % PAGE || PAGE)
  await page.reload()
  await expect(page.getByText(`第 ${Math.ceil(total / PAGE)} / ${Math.ceil(total / PAGE)} 页`)).toBeVisible({ timeout: 60_000 })
})

test('a day of an 8-page issue lists its pages, and a page leads to the day\'s others, the previous and the next', async ({ page }) => {
  await page.goto(`${base}/issues`)
  const first = page.getByRole('table').getByRole('link').first()
  const label = (await first.getAttribute('aria-label'))!
  const [, date, count] = label.match(/^(\S+) (\d+) 个版面$/)!
  await first.click()
  await expect(page).toHaveURL(new RegExp(`day=${date}`))
  const listed = page.getByRole('region', { name: new RegExp(`${count} 个版面`) }).getByRole('link')
  await expect(listed).toHaveCount(Number(count))
  await listed.first().click()
  const day = page.getByRole('navigation', { name: '当日各版' })
  await expect(day).toBeVisible()
  await day.getByRole('link', { name: '下一版 →' }).click()
  await expect(page.getByRole('navigation', { name: '当日各版' }).locator('[aria-current="page"]')).toHaveText('第2版')
  await page.getByRole('navigation', { name: '当日各版' }).getByRole('link', { name: '← 上一版' }).click()
  await expect(page.getByRole('navigation', { name: '当日各版' }).locator('[aria-current="page"]')).toHaveText('第1版')
})

test('a meeting page lists the same body\'s meetings before and after it, in order of 届 and 次', async ({ page }) => {
  const index = view<TimelineIndex>('timeline/index.json')
  const rows = view<MeetingRow[]>(viewFile.timelineMonth(index.years[0]!.latest))
  const numbered = rows.map((r) => view<MeetingView>(viewFile.meeting(r.meeting.id))).find((m) => m.series.before.length > 0)!
  expect(numbered).toBeTruthy()
  await page.goto(`${base}/meetings/${encodeURIComponent(numbered.meeting.id)}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(numbered.meeting.name)
  await expect(page.getByText(`本系列第 ${numbered.series.position} 次，共 ${numbered.series.total} 次`)).toBeVisible()
  const earlier = numbered.series.before.at(-1)!
  await page.getByRole('link', { name: earlier.name, exact: true }).first().click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(earlier.name)
})
