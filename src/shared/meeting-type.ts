// The kind of a meeting, by the word its name ends with: the timeline's type filter. Shared: the builder cuts
// the timeline's files with it and the reader filters by it.
const TYPES = ['常委会会议', '主席会议', '主任会议', '全体会议', '推进会', '动员会', '座谈会', '交流活动', '签约仪式', '宣誓仪式', '现场会', '部署会', '论坛', '仪式', '大会', '会议']

/**
 * The series a meeting belongs to: its name without the 届 and 次 that number it, so that 县十七届人大常委会第二十二次会议
 * and 县十八届人大常委会第三次会议 are one series, 县人大常委会会议.
 */
export function meetingSeries(name: string): string {
  return name.replace(/第?[一二三四五六七八九十百零〇两\d]+[届次]/g, '')
}

export function meetingType(name: string): string {
  return TYPES.find((t) => name.endsWith(t)) ?? '其他'
}
