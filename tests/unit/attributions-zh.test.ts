/**
 * Who said what in Chinese. Names and wording are invented here; each case is a paragraph list
 * read in order, and the words named by `fragment` must go to `speaker` (null: unnamed).
 */
import { describe, expect, it } from 'vitest';
import { findChineseAttributions } from '../../utils/analysis/attributions-zh';

type Case = { form: string; paragraphs: string[]; fragment: string; speaker: string | null; organization?: boolean; role?: string };

const CASES: Case[] = [
  { form: 'X表示：“…”', paragraphs: ['在德国读书的韩思远表示：“这里的图书馆通宵开放。”'], fragment: '图书馆通宵开放', speaker: '韩思远' },
  { form: '“…”X说', paragraphs: ['“我们每天要检查三次水位。”邵明哲说。'], fragment: '检查三次水位', speaker: '邵明哲' },
  { form: 'adverb with 地 between name and verb', paragraphs: ['“明年还会再来。”龚雪晴恳切地说。'], fragment: '明年还会再来', speaker: '龚雪晴' },
  { form: 'reported speech after 认为', paragraphs: ['钟立群还认为城市应该增加公交线路，减少拥堵。'], fragment: '增加公交线路', speaker: '钟立群' },
  { form: '在X看来', paragraphs: ['在欧阳明远看来，港口扩建会改变整个渔村。'], fragment: '港口扩建', speaker: '欧阳明远' },
  { form: 'title before the name', paragraphs: ['市交通局局长覃振华指出，新线路将在年底开通。'], fragment: '年底开通', speaker: '覃振华', role: '局长' },
  { form: 'transliterated name, later by its last part', paragraphs: ['气象学家玛丽亚·贝尔托尼研究洪水二十年。', '贝尔托尼指出：“河道太窄了。”'], fragment: '河道太窄', speaker: '玛丽亚·贝尔托尼' },
  { form: '他说 resolves to the person named before', paragraphs: ['来自成都的严可欣也参加了比赛。他说：“训练很辛苦。”'], fragment: '训练很辛苦', speaker: '严可欣' },
  { form: 'an unnamed group', paragraphs: ['不少业内人士表示，价格还会继续上涨。'], fragment: '价格还会继续上涨', speaker: null },
  { form: 'an organisation', paragraphs: ['国家统计局称，上月消费价格上涨百分之二。'], fragment: '消费价格上涨', speaker: '国家统计局', organization: true },
  { form: 'a body named in Latin letters', paragraphs: ['Volkswerk表示，新工厂将雇用三千人。'], fragment: '新工厂将雇用', speaker: 'Volkswerk', organization: true },
  { form: 'a quotation with no verb continues the paragraph’s speaker', paragraphs: ['孔德山表示，他小时候就喜欢画画。“我在墙上画满了马。”'], fragment: '墙上画满了马', speaker: '孔德山' },
];

describe('Chinese attributions', () => {
  for (const c of CASES) {
    it(c.form, () => {
      const found = findChineseAttributions(c.paragraphs.map((text) => ({ kind: 'body', text }))).find((a) => (a.quote ?? a.excerpt).includes(c.fragment));
      expect(found, `no attribution for "${c.fragment}"`).toBeDefined();
      if (c.speaker === null) expect(found!.anonymous).toBe(true);
      else expect(found!.speaker).toBe(c.speaker);
      if (c.organization !== undefined) expect(found!.organization).toBe(c.organization);
      if (c.role) expect(found!.statedRole).toBe(c.role);
    });
  }

  it('names no speaker in a supposition, a novel or a name of a thing', () => {
    const text = ['如果人们认为自己喝醉了，他们就会像喝醉了一样。', '这本小说讲的是一个渔村。', '这种现象被称为“城市热岛”。'];
    expect(findChineseAttributions(text.map((t) => ({ kind: 'body', text: t })))).toEqual([]);
  });

  it('every excerpt is text of its paragraph', () => {
    const paragraphs = CASES.flatMap((c) => c.paragraphs);
    const blocks = paragraphs.map((text) => ({ kind: 'body', text }));
    for (const a of findChineseAttributions(blocks)) expect(paragraphs[a.block]).toContain(a.excerpt);
  });
});
