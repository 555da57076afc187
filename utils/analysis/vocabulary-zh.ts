/**
 * Word classes of Chinese who-said-what (attributions-zh.ts). Chinese writes no spaces between
 * words, so a speaker is found by what closes the phrase before a verb of saying: a title, a
 * relative "的", a family name at the right distance from the verb.
 */

/** Verbs of saying and thinking that introduce someone's words, longest first when built. */
export const ZH_SPEECH_VERBS = [
  '表示', '说道', '说', '认为', '指出', '称', '强调', '介绍', '透露', '坦言', '告诉记者', '回忆', '解释',
  '补充', '直言', '谈到', '写道', '宣布', '声称', '提出', '呼吁', '警告', '承认', '否认', '相信', '感叹', '提到',
] as const;

/** Adverbs between a subject and its verb ("卢宇还认为", "他也表示", "卢宇恳切地说"). */
export const ZH_ADVERBS = ['还', '也', '则', '都', '曾', '就', '又', '更', '再次', '一再', '同时', '随后', '进一步', '此前', '早前', '亦'] as const;

/** Common single-character family names (about 90 % of people in China carry one of these). */
export const ZH_FAMILY_NAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
export const ZH_COMPOUND_FAMILY_NAMES = ['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '司徒', '夏侯'] as const;

/** Titles and roles written just before a name ("全国政协委员张近东", "外交部发言人汪文斌"). */
export const ZH_TITLES = [
  '发言人', '委员', '代表', '主任', '教授', '副教授', '研究员', '部长', '副部长', '记者', '主席', '副主席', '总裁', '经理', '院长',
  '局长', '市长', '省长', '书记', '董事长', '总经理', '首席执行官', '总统', '总理', '大使', '博士', '医生', '律师', '老师', '校长',
  '专家', '分析师', '创始人', '负责人', '秘书长', '司令', '主编', '作者', '学者',
] as const;

/** Honorifics written after a family name ("王先生"). */
export const ZH_HONORIFICS = ['先生', '女士', '小姐', '教授', '博士', '老师'] as const;

/** Heads of an unnamed group ("一些学子", "知情人士", "有关专家"). */
export const ZH_ANONYMOUS_HEADS = ['人士', '专家', '学者', '官员', '分析师', '网友', '学子', '学生', '居民', '民众', '市民', '人们', '观察家', '研究人员', '受访者', '消息来源', '知情者', '业内人', '批评者', '支持者'] as const;

/** Words that close an organisation's name ("外交部", "国家统计局", "某某公司"). */
export const ZH_BODY_ENDINGS = ['部', '局', '委员会', '委', '政府', '公司', '集团', '大学', '学院', '研究院', '研究所', '中心', '协会', '银行', '法院', '医院', '办公室', '办', '社', '署', '厅', '组织', '联合会', '基金会', '党', '军', '警方', '机构', '媒体', '报'] as const;

/** Pronouns, and whom they may mean. */
export const ZH_PRONOUNS: Record<string, 'he' | 'she' | 'they'> = { 他: 'he', 她: 'she', 他们: 'they', 她们: 'they' };
