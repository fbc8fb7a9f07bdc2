// Chinese surnames (the common single-character ones and the compound ones), to tell a name from a word
// in the places a name is expected: after a title, in a list of leaders, in a notice.

const SINGLE =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由占萧郦习诸葛仉督阎岳帅缑亢况后有琴商牟佘佴伯赏墨哈谯笪年爱阳佟'

const COMPOUND = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '轩辕', '令狐', '钟离', '澹台', '万俟', '端木', '南宫']

const singles = new Set(SINGLE)

/** The length of the surname the text starts with: 2 for 欧阳, 1 for 王, 0 for none. */
export function surnameLength(text: string): number {
  if (COMPOUND.some((s) => text.startsWith(s))) return 2
  return singles.has(text[0] ?? '') ? 1 : 0
}

/** A plausible personal name: a surname and one or two given-name characters, all Chinese. */
export function looksLikeName(text: string): boolean {
  const s = surnameLength(text)
  return s > 0 && /^[\u4e00-\u9fff]+$/.test(text) && text.length >= s + 1 && text.length <= s + 2
}
