// The words the generated archive is made of, written for it (no published text): surnames by frequency,
// characters of given names and of proper names, the county's organs, meeting topics, indicators and the
// phrases news sentences are built from. Proper names are combined from the character pools as the archive
// grows, so its vocabulary keeps growing as a real one does.

/** The commonest surnames first (the generator favours the front). */
export const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤']

export const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉鹏飞宇浩凯健俊帆帅旭宁晨阳林斌峰博志新海波松柏云龙春秋冬雪梅兰竹菊晓亮光东西南北中国忠诚信义礼智仁德才贤良正永长远卫兵民生安康泰和顺利福禄寿喜庆佳嘉欣悦怡婷颖慧琳璐瑶琪晶莹洁雅彬成荣昌盛兴旺发达益武高金银']

/** Characters of place and enterprise names: villages, towns, rivers, companies. */
export const NAME_CHARS = [...'青山水溪岭坑岙塘桥湖港湾洋岩石田垟坪头尾前后上下东西南北中大小新老白黄红金银竹松柏梅桃李杏枫樟桂荷莲凤龙虎鹤鹿马牛云霞雾雨雪霜风月星阳明光华荣昌盛兴隆丰泰安宁和平康乐福寿春夏秋冬江河海岛屿沙滩浦渡口埠堡寨庄村坞垄岗坡峰源泉潭池泽林园圃']

export const VILLAGE_SUFFIX = ['村', '社区']
export const TOWN_SUFFIX = ['镇', '乡', '街道']
export const FIRM_KIND = ['鞋业', '电子', '机械', '食品', '包装', '新材料', '科技', '服饰', '塑业', '文具', '制药', '农业', '茶业', '旅游开发', '光电']
export const FIRM_FORM = ['有限公司', '股份有限公司', '集团有限公司']

/** The county departments whose heads the paper names. */
export const DEPARTMENTS = ['发改局', '教育局', '科技局', '公安局', '民政局', '司法局', '财政局', '人力社保局', '自然资源和规划局', '生态环境分局', '住建局', '交通运输局', '水利局', '农业农村局', '商务局', '文化和广电旅游体育局', '卫生健康局', '应急管理局', '审计局', '市场监管局', '统计局', '医保局', '综合行政执法局']

/** Topics of the county's working meetings (全县{topic}工作会议), combined with a year's theme. */
export const TOPICS = ['经济', '农业农村', '安全生产', '招商引资', '乡村振兴', '文明创建', '生态环境保护', '党风廉政建设', '组织', '宣传思想', '统战', '政法', '信访', '教育', '卫生健康', '民政', '防汛防台', '森林消防', '消防', '营商环境', '数字化改革', '共同富裕', '项目建设', '工业经济', '旅游发展', '城市建设', '交通建设', '水利建设', '人才', '科技创新', '退役军人事务', '民族宗教', '国防动员', '审计', '统计', '市场监管']

export const THEMES = ['高质量发展', '现代化建设', '攻坚行动', '改革创新', '开局起步', '提质增效', '比学赶超', '争先创优', '服务发展', '稳进提质']

/** Indicators a county reports, with their units and plausible ranges (figures vary year on year). */
export const INDICATORS: { label: string; unit: string; lo: number; hi: number; decimals: number }[] = [
  { label: '地区生产总值', unit: '亿元', lo: 80, hi: 900, decimals: 1 },
  { label: '规上工业增加值', unit: '亿元', lo: 20, hi: 300, decimals: 1 },
  { label: '固定资产投资', unit: '亿元', lo: 30, hi: 500, decimals: 1 },
  { label: '社会消费品零售总额', unit: '亿元', lo: 30, hi: 400, decimals: 1 },
  { label: '一般公共预算收入', unit: '亿元', lo: 5, hi: 80, decimals: 2 },
  { label: '城镇居民人均可支配收入', unit: '元', lo: 18000, hi: 80000, decimals: 0 },
  { label: '农村居民人均可支配收入', unit: '元', lo: 8000, hi: 45000, decimals: 0 },
  { label: '外贸出口', unit: '亿元', lo: 5, hi: 200, decimals: 1 },
  { label: '新增就业', unit: '人', lo: 2000, hi: 20000, decimals: 0 },
  { label: '引进项目', unit: '个', lo: 10, hi: 120, decimals: 0 },
]

/** Clauses of ordinary news, joined into sentences around the names of the day. */
export const ACTIONS = ['深入调研', '实地察看', '现场办公', '督查指导', '走访慰问', '召开座谈会', '开展专题调研', '检查工作']
export const MATTERS = ['项目推进', '民生实事', '安全生产', '防汛准备', '企业复工', '农业生产', '垃圾分类', '美丽乡村建设', '老旧小区改造', '义务教育', '医疗服务', '道路建设', '消防安全', '食品安全', '文旅融合', '产业园区建设']
export const CLAUSES = [
  '要坚持问题导向，把各项工作抓实抓细',
  '要强化责任担当，确保各项任务按期完成',
  '要加强统筹协调，形成工作合力',
  '要紧盯目标任务，倒排工期、挂图作战',
  '要坚持以人民为中心，切实解决群众急难愁盼问题',
  '要守牢安全底线，做好隐患排查整治',
  '要创新工作方法，提升服务水平',
  '要加大要素保障，推动项目早落地、早见效',
  '全体干部要拿出实际行动，以实绩实效检验工作成效',
  '相关部门要密切配合，形成上下联动的工作格局',
]
export const SCENES = [
  '走进{place}，一排排新建的厂房整齐排列，工人们正忙着调试设备',
  '在{place}的田间地头，农户们抢抓农时，翻耕土地',
  '{place}的文化礼堂里，一场别开生面的宣讲活动正在进行',
  '清晨的{place}，志愿者们早早来到街头巷尾，清理卫生死角',
  '{firm}的生产车间内，机器轰鸣，一派繁忙景象',
  '记者在{place}看到，新修的道路两旁绿树成荫，村容村貌焕然一新',
  '{place}依托本地资源，发展特色产业，带动村民增收致富',
  '据{firm}负责人介绍，今年以来企业订单持续增长，生产线满负荷运转',
]
