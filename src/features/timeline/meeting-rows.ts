// Meetings as timeline rows: the date as precisely as known, the type, the place, the article; and filters.
import type { Meeting } from '@/shared/corpus-schema'
import type { CorpusIndex } from '@/lib/corpus-index'

const TYPES = ['常委会会议', '主席会议', '主任会议', '全体会议', '推进会', '动员会', '座谈会', '交流活动', '签约仪式', '宣誓仪式', '现场会', '部署会', '论坛', '仪式', '大会', '会议']

export interface MeetingRow {
  meeting: Meeting
  headline: string | null
  issueId: string | null
  place: string | null
  /** YYYY-MM-DD when the day is known */
  day: string | null
  /** the year when only the year is known (the page's year) */
  year: string | null
  type: string
}

export function meetingType(name: string): string {
  return TYPES.find((t) => name.endsWith(t)) ?? '其他'
}

export function meetingRows(idx: Pick<CorpusIndex, 'meetings' | 'article' | 'issue'>): MeetingRow[] {
  return idx.meetings
    .filter((m) => m.status === 'held')
    .map((m) => {
      const article = idx.article.get(m.articleId)
      const issue = article ? idx.issue.get(article.issueId) : undefined
      const yearOf = issue?.date.value ?? (issue?.date.earliest?.slice(0, 4) === issue?.date.latest?.slice(0, 4) ? issue?.date.earliest : null)
      return {
        meeting: m,
        headline: article?.headline ?? null,
        issueId: issue?.id ?? null,
        place: m.place ?? issue?.place ?? null,
        day: m.date.value,
        year: m.date.value?.slice(0, 4) ?? yearOf?.slice(0, 4) ?? null,
        type: meetingType(m.name),
      }
    })
    .sort((a, b) => (a.day ?? a.year ?? '9999').localeCompare(b.day ?? b.year ?? '9999') || a.meeting.id.localeCompare(b.meeting.id))
}

export interface TimelineFilter {
  place?: string
  year?: string
  month?: string
  person?: string
  type?: string
  q?: string
}

export function filterRows(rows: MeetingRow[], f: TimelineFilter): MeetingRow[] {
  return rows.filter((r) => {
    const m = r.meeting
    if (f.place && r.place !== f.place) return false
    if (f.year && r.year !== f.year) return false
    if (f.month && r.day?.slice(0, 7) !== f.month) return false
    if (f.type && r.type !== f.type) return false
    if (f.q && !m.name.includes(f.q)) return false
    if (f.person && ![...m.chair, ...m.speakers, ...m.attendees].includes(f.person)) return false
    return true
  })
}

/** Meetings per month (YYYY-MM) for the chart, in order. */
export function monthCounts(rows: MeetingRow[]): { month: string; count: number }[] {
  const counts = new Map<string, number>()
  for (const r of rows) if (r.day) counts.set(r.day.slice(0, 7), (counts.get(r.day.slice(0, 7)) ?? 0) + 1)
  return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([month, count]) => ({ month, count }))
}

/** Rows grouped by year and month; rows without a day go to their year (or to no year) at the end. */
export function groupRows(rows: MeetingRow[]): { key: string; year: string | null; month: string | null; rows: MeetingRow[] }[] {
  const groups = new Map<string, { key: string; year: string | null; month: string | null; rows: MeetingRow[] }>()
  for (const r of rows) {
    const key = r.day ? r.day.slice(0, 7) : r.year ? `${r.year}-?` : '?'
    const g = groups.get(key) ?? { key, year: r.year, month: r.day ? r.day.slice(5, 7) : null, rows: [] }
    g.rows.push(r)
    groups.set(key, g)
  }
  return [...groups.values()].sort((a, b) => a.key.localeCompare(b.key))
}
