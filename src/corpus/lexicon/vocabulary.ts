// The words of government a county's name is glued to on a page: organs (县委, 县人民政府, 县公安局) and titles
// that start with a level (县长, 代县长, 常务副县长). Given to the segmenter as words of their own, so that 代县长
// is a title, not 代县 + 长, and 县公安局 an organ, not 县 + 公安.

/** Level characters an organ or title starts with. */
const LEVEL_CHARS = ['省', '市', '县', '区', '旗', '州', '盟', '镇', '乡']

const HEADS = ['', '副', '代', '代理', '常务副']

const ORGANS = [
  '委', '政府', '人民政府', '人大', '人大常委会', '政协', '纪委', '监委', '纪委监委', '委办', '政府办', '委组织部', '委宣传部', '委统战部',
  '委政法委', '公安局', '法院', '人民法院', '检察院', '人民检察院', '财政局', '教育局', '民政局', '审计局', '司法局', '人社局', '住建局',
  '交通局', '水利局', '农业局', '林业局', '卫健委', '卫生局', '文化局', '商务局', '统计局', '应急局', '应急管理局', '自然资源局', '生态环境局',
  '发改委', '发改局', '市场监管局', '税务局', '武装部', '人武部', '总工会', '团委', '妇联', '科协', '工商联', '融媒体中心', '委党校',
]

export function organWords(): string[] {
  return LEVEL_CHARS.flatMap((l) => ORGANS.map((o) => l + o))
}

export function titleWords(): string[] {
  return LEVEL_CHARS.flatMap((l) => HEADS.map((h) => `${h}${l}长`))
}
