// Test helper: an article made of paragraphs, on a page of a given place and date.
import type { Article, Issue } from './corpus-schema'

export function articleOf(paragraphs: string[], id = 'p-a01', extra: Partial<Article> = {}): Article {
  return {
    id, issueId: 'p', kind: 'news', headline: null, kicker: null, subheadline: null,
    byline: { reporters: [], correspondents: [], photographers: [] }, summary: null,
    paragraphs, sections: [], tables: [], toPage: null, source: { file: 'p.txt', lines: [1, 1], headlineLines: [] }, ...extra,
  }
}

export function issueOf(place: string | null, value: string | null, range?: [string, string], id = 'p'): Issue {
  return {
    id, source: `${id}.txt`, place, placeBasis: 'content', placeEvidence: [], paper: null, page: 1, section: null,
    date: { value, earliest: range?.[0] ?? value, latest: range?.[1] ?? value, basis: value ? 'masthead' : 'content', evidence: [] },
    masthead: null, layout: 'paragraphs', blocks: [], articleIds: [],
  }
}
