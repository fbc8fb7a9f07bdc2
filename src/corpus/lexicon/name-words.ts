// Words that stand where a name may but are none (亲自, 会上, 负责人), and the characters of organs and ranks a
// personal name never holds: shared by the rules that read names around titles and in lists.

/** Words of a clause that look like a name's place but are not names. */
export const NOT_A_NAME = /^(?:亲自|同志|一行|本人|首先|随后|随即|再次|分别|专门|专程|共同|一同|同时|主要|相关|有关|全体|全程|现场|会议|会上|大会|领导|负责人|代表|亲切|认真|充分|高度|详细|深入|实地|先后|一起|也|均|还|又|并|特别|重点|专题|集中|会前|会后|当天|次日|近日|日前)$/

/** Characters of organs, levels and ranks: a run holding one is no personal name. */
export const ORGAN_CHARS = /[部委局办会院处科所厅室组队省市县区镇乡村街党政府司社团长员]/
