// The kind of a meeting, by the word its name ends with: the timeline's type filter. Shared: the builder cuts
// the timeline's files with it and the reader filters by it.
const TYPES = ['常委会会议', '主席会议', '主任会议', '全体会议', '推进会', '动员会', '座谈会', '交流活动', '签约仪式', '宣誓仪式', '现场会', '部署会', '论坛', '仪式', '大会', '会议']

export function meetingType(name: string): string {
  return TYPES.find((t) => name.endsWith(t)) ?? '其他'
}
