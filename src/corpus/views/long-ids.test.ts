// Ids longer than a file name may be: a mirror's deep folders make page and article ids of 150 characters, a
// county paper's folder names in Chinese make long keys too. Each record keeps a file of its own.
import { describe, expect, it } from 'vitest'
import { viewFile } from '../../shared/views'
import { buildInMemory } from '../io/build-in-memory'

const article = (n: number) => `第${n}条新闻标题\n\n\u3000\u3000本报讯（记者 王小明）6月${n}日，我县召开第${n}次专题会议，研究部署相关工作。\n\n`

describe('view files of long ids', () => {
  it('are one per id, however long and however alike the ids are', () => {
    const long = 'a'.repeat(130)
    expect(viewFile.article(`${long}-a01`).path).not.toBe(viewFile.article(`${long}-a02`).path)
    const cjk = '某某县融媒体中心数字报纸历史版面存档目录'.repeat(3)
    expect(viewFile.issue(`${cjk}/第1版`).path).not.toBe(viewFile.issue(`${cjk}/第2版`).path)
    expect(viewFile.issue(`${cjk}/第1版`).path.length).toBeLessThan(230)
    expect(viewFile.issue(`${cjk}/第1版`).path).toBe(viewFile.issue(`${cjk}/第1版`).path)
  })

  it('give every article of a page under deep mirror folders its own view', async () => {
    const path = 'epaper.example.gov.cn/html/2025-06/13/node_content_layout_pages_section_one/content_20250613_page02_article_list.txt'
    const { corpus, files, manifest } = await buildInMemory([{ path, bytes: new TextEncoder().encode([1, 2, 3, 4].map(article).join('')) }])
    expect(corpus.articles.length).toBe(4)
    const views = corpus.articles.map((a) => JSON.parse(String(files.get(manifest.views + viewFile.article(a.id).path))) as { article: { id: string } })
    expect(views.map((v) => v.article.id)).toEqual(corpus.articles.map((a) => a.id))
  })
})
