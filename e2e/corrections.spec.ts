// A historian's corrections file over the bundled pages, built and served as a corpus of its own: a merge and a
// split change the profiles and offices, and every corrected record shows what the corpus had before.
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './fixtures/test'
import { buildAndServe, ownCorpusFolder } from './own-corpus'

let base = ''
let work = ''
let close = async () => {}

test.describe.configure({ mode: 'serial', timeout: 120_000 })

/** The second article of a seed page as the corpus built without corrections has it: the one the test joins. */
let second = { line: 0, lastWords: '' }
function secondArticleLine(): number {
  const out = join(work, 'plain')
  execFileSync(process.execPath, ['--import', 'tsx', 'src/corpus/cli.ts', '--in', 'data/issues', '--out', out, '--quiet', '--no-cache', '--corrections', join(work, 'none.yaml')])
  const shard = JSON.parse(readFileSync(join(out, 'articles/0000.json'), 'utf8')) as { id: string; paragraphs: string[]; source: { lines: [number, number] } }[]
  const a = shard.find((x) => x.id === '002_44dc3695a8be58eb-a02')!
  second = { line: a.source.lines[0], lastWords: a.paragraphs.at(-1)!.slice(-12) }
  return second.line
}

test.beforeAll(async () => {
  test.setTimeout(240_000)
  const folder = ownCorpusFolder('corrections')
  work = folder.work
  writeFileSync(join(work, 'none.yaml'), '')
  writeFileSync(join(work, 'corrections.yaml'), [
    '- merge: [曾上俊-温州市, 陈栋-温州市]',
    '  note: 合并示例',
    '- split: 徐光文-丽水市',
    '  places: [丽水市]',
    '  id: 徐光文-市委',
    '- page: 000_42da41f81e77db42.txt',
    '  date: 2019-12-20',
    '- merge: [无此人-温州市, 董智武-温州市]',
    '- page: 002_44dc3695a8be58eb.txt',
    '  join: JOIN_AT',
    '- meeting: 002_44dc3695a8be58eb-a01-m1',
    '  set: { date: 2025-01-08 }',
    '',
  ].join('\n').replace('JOIN_AT', String(secondArticleLine())))
  ;({ base, close } = await buildAndServe(folder, 'data/issues', ['--corrections', join(work, 'corrections.yaml')]))
})

test.afterAll(() => close())

test('a merge makes one profile of two, shown as a correction with the two originals', async ({ page }) => {
  await page.goto(`${base}/people/${encodeURIComponent('曾上俊-温州市')}`)
  const applied = page.getByRole('listitem').filter({ hasText: '已更正（corrections.yaml 第 1 行）' })
  await expect(applied).toContainText('曾上俊-温州市 + 陈栋-温州市')
  await expect(applied).toContainText('合并示例')
  await expect(page.getByRole('region', { name: '职务经历' }).getByRole('listitem').filter({ hasText: '县政协主席' }).first()).toBeVisible()
  await page.goto(`${base}/people/${encodeURIComponent('陈栋-温州市')}`)
  await expect(page.getByRole('alert')).toContainText('找不到人物')
})

test('a split by place makes a second person, each marked with the correction', async ({ page }) => {
  await page.goto(`${base}/people/${encodeURIComponent('徐光文-市委')}`)
  await expect(page.getByRole('region', { name: '职务经历' })).toContainText('丽水市 · 市委常委')
  await expect(page.getByRole('region', { name: '职务经历' })).not.toContainText('莲都区 · 区委书记')
  await expect(page.getByText('已更正（corrections.yaml 第 3 行）')).toBeVisible()
  await page.goto(`${base}/people/${encodeURIComponent('徐光文-丽水市')}`)
  await expect(page.getByRole('region', { name: '职务经历' })).toContainText('莲都区 · 区委书记')
  await expect(page.getByRole('region', { name: '职务经历' })).not.toContainText('丽水市 · 市委常委')
})

test('a corrected page date shows the day with the date the page had before', async ({ page }) => {
  await page.goto(`${base}/issues/000_42da41f81e77db42`)
  await expect(page.getByRole('article').locator('time').first()).toHaveText('2019年12月20日')
  await expect(page.getByText('已更正（corrections.yaml 第 6 行）')).toBeVisible()
  await expect(page.getByRole('article')).toContainText('2019-01-01..2019-12-31')
})

test('two articles joined by a correction read as one, and the page says so', async ({ page }) => {
  await page.goto(`${base}/issues/002_44dc3695a8be58eb`)
  await expect(page.getByText('已更正（corrections.yaml 第 9 行）')).toBeVisible()
  await page.getByRole('list', { name: '本版文章' }).getByRole('link').first().click()
  // the first article reads on with the text of the one that followed it
  await expect(page.getByRole('article')).toContainText(second.lastWords)
})

test('a corrected meeting shows the day the correction gives, with the day it had', async ({ page }) => {
  await page.goto(`${base}/meetings/002_44dc3695a8be58eb-a01-m1`)
  await expect(page.getByText('已更正（corrections.yaml 第 11 行）')).toBeVisible()
  await expect(page.getByRole('article')).toContainText('2025年1月8日')
  await expect(page.getByRole('article')).toContainText('date: 2025-01-09')
})
