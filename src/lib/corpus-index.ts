// The whole corpus in memory with the lookups every view needs (article by id, issue of an article, people by
// name). Built once per page load; features read it through their query options.
import type { Article, Corpus, Issue, Manifest, Person } from '@/shared/corpus-schema'
import { loadAppointments, loadArticleShards, loadFigures, loadIssues, loadManifest, loadMeetings, loadOffices, loadPeople, MixedVersionsError, type UnreadableFile } from './corpus-client'

export interface CorpusIndex extends Corpus {
  manifest: Manifest
  article: Map<string, Article>
  issue: Map<string, Issue>
  person: Map<string, Person>
  /** the people an article names (or credits), by article id */
  peopleIn: Map<string, Person[]>
  /** article shards that could not be read: their articles are missing, everything else is there */
  unreadable: UnreadableFile[]
}

let index: Promise<CorpusIndex> | null = null
let loaded: (idx: CorpusIndex) => void = () => {}
const whenLoaded = new Promise<CorpusIndex>((resolve) => (loaded = resolve))

export function loadCorpusIndex(): Promise<CorpusIndex> {
  index ??= build().then(
    (idx) => {
      loaded(idx)
      return idx
    },
    (e: unknown) => {
      index = null
      throw e
    },
  )
  return index
}

/** The index once a view has loaded it, without loading it: for the status bar, which must not cost a view. */
export const corpusIndexOnceLoaded = (): Promise<CorpusIndex> => whenLoaded

async function build(): Promise<CorpusIndex> {
  const [manifest, issues, { articles, unreadable }, people, meetings, appointments, figures, offices] = await Promise.all([
    loadManifest(), loadIssues(), loadArticleShards(), loadPeople(), loadMeetings(), loadAppointments(), loadFigures(), loadOffices(),
  ])
  // the manifest ties the files of one build: files of two builds never make one view (a shard that could not be
  // read explains its own shortfall)
  if (manifest.counts.issues !== issues.length || (!unreadable.length && manifest.counts.articles !== articles.length)) {
    throw new MixedVersionsError('manifest.json', `files of two corpus versions: the manifest counts ${manifest.counts.issues} pages and ${manifest.counts.articles} articles, the files hold ${issues.length} and ${articles.length}`)
  }
  const peopleIn = new Map<string, Person[]>()
  for (const p of people) for (const id of p.articleIds) peopleIn.set(id, [...(peopleIn.get(id) ?? []), p])
  return {
    manifest, issues, articles, people, meetings, appointments, figures, offices,
    article: new Map(articles.map((a) => [a.id, a])),
    issue: new Map(issues.map((i) => [i.id, i])),
    person: new Map(people.map((p) => [p.id, p])),
    peopleIn,
    unreadable,
  }
}
