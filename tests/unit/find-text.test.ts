import { describe, expect, it } from 'vitest';
import { findText, MIN_PREFIX, type TextMatch } from '../../utils/page/find-text';

/** The page text a match covers, read back from the nodes as a Range would. */
function covered(texts: string[], match: TextMatch): string {
  if (match.found === 'none') throw new Error('no match');
  const { start, end } = match;
  if (start.node === end.node) return texts[start.node]!.slice(start.offset, end.offset);
  return [
    texts[start.node]!.slice(start.offset),
    ...texts.slice(start.node + 1, end.node),
    texts[end.node]!.slice(0, end.offset),
  ].join('');
}

describe('findText', () => {
  it('finds an excerpt inside one text node', () => {
    const texts = ['Intro. The ferry terminal reopened on Friday. More text.'];
    const match = findText(texts, 'The ferry terminal reopened on Friday.');
    expect(match).toMatchObject({ found: 'whole', start: { node: 0, offset: 7 }, end: { node: 0, offset: 45 } });
    expect(covered(texts, match)).toBe('The ferry terminal reopened on Friday.');
  });

  it('finds text split across inline elements (<a>, <em>)', () => {
    // <p>Lin Yun, a professor at <a>Shanghai Jia Tong University</a> who does <em>excellent</em> work.</p>
    const texts = ['Header', 'Lin Yun, a professor at ', 'Shanghai Jia Tong University', ' who does ', 'excellent', ' work.', 'Footer'];
    const match = findText(texts, 'Lin Yun, a professor at Shanghai Jia Tong University who does excellent work.');
    expect(match).toMatchObject({ found: 'whole', start: { node: 1, offset: 0 }, end: { node: 5, offset: 6 } });
    expect(covered(texts, match)).toBe('Lin Yun, a professor at Shanghai Jia Tong University who does excellent work.');
  });

  it('ends inside a node and starts inside another', () => {
    const texts = ['He said ', 'the report', ' was late. Then he left.'];
    const match = findText(texts, 'report was late.');
    expect(match).toMatchObject({ found: 'whole', start: { node: 1, offset: 4 }, end: { node: 2, offset: 10 } });
    expect(covered(texts, match)).toBe('report was late.');
  });

  it('matches any run of whitespace, nbsp and line breaks with a single space', () => {
    const texts = ['The\u00a0mayor   said,\n\t  "We will\u202fbuild it."'];
    const match = findText(texts, 'The mayor said, "We will build it."');
    expect(match.found).toBe('whole');
    expect(covered(texts, match)).toBe(texts[0]);
  });

  it('matches where a block boundary left no whitespace on the page', () => {
    // <p>First paragraph ends.</p><p>Second one starts.</p> with no text node between them.
    const texts = ['First paragraph ends.', 'Second one starts.'];
    const match = findText(texts, 'First paragraph ends. Second one starts.');
    expect(match).toMatchObject({ found: 'whole', start: { node: 0, offset: 0 }, end: { node: 1, offset: 18 } });
  });

  it('matches an excerpt without the space the page has between nodes', () => {
    const texts = ['Original source:', ' ', 'https://www.wired.com/story/x/'];
    expect(findText(texts, 'Original source:https://www.wired.com/story/x/').found).toBe('whole');
  });

  it('treats curly and straight quotes and apostrophes as the same, both ways', () => {
    const page = ['As Casper noted: \u2018AI is a global technology.\u2019 He didn\u2019t say more.'];
    expect(covered(page, findText(page, "noted: 'AI is a global technology.' He didn't say more."))).toBe(
      'noted: \u2018AI is a global technology.\u2019 He didn\u2019t say more.',
    );
    const straight = ['She said "no" and it\'s final.'];
    expect(findText(straight, 'She said \u201cno\u201d and it\u2019s final.').found).toBe('whole');
    expect(findText(['\u201eJa\u201c, sagte er.'], '"Ja", sagte er.').found).toBe('whole');
  });

  it('treats hyphens, en and em dashes and minus as the same', () => {
    const texts = ['The vote \u2014 a close one \u2013 passed 5\u22124 in 2020\u20132021.'];
    expect(findText(texts, 'The vote - a close one - passed 5-4 in 2020-2021.').found).toBe('whole');
    expect(findText(['a well-known fact'], 'a well\u2011known fact').found).toBe('whole');
  });

  it('treats an ellipsis character and three dots as the same', () => {
    const texts = ['And then\u2026 nothing happened.'];
    const match = findText(texts, 'And then... nothing happened.');
    expect(match.found).toBe('whole');
    expect(covered(texts, match)).toBe(texts[0]);
    expect(findText(['Wait... what?'], 'Wait\u2026 what?').found).toBe('whole');
  });

  it('ignores soft hyphens and zero-width characters inside page words', () => {
    const texts = ['an extra\u00adordinary claim by Zhang\u200bLi'];
    expect(findText(texts, 'an extraordinary claim by ZhangLi').found).toBe('whole');
  });

  it('is case-sensitive', () => {
    expect(findText(['the mayor said so'], 'The Mayor said so')).toEqual({ found: 'none' });
  });

  it('finds the first of two occurrences', () => {
    const texts = ['A line. ', 'Repeated sentence here.', ' B. ', 'Repeated sentence here.'];
    expect(findText(texts, 'Repeated sentence here.')).toMatchObject({ start: { node: 1, offset: 0 } });
  });

  it('skips empty text nodes', () => {
    const texts = ['', 'Alpha ', '', '', 'beta gamma', ''];
    const match = findText(texts, 'Alpha beta');
    expect(match).toMatchObject({ found: 'whole', start: { node: 1, offset: 0 }, end: { node: 4, offset: 4 } });
  });

  it('handles characters outside the Basic Multilingual Plane and Chinese text', () => {
    const texts = ['在法国留学的卢宇表示，', '“这很重要 𠀋”。'];
    const match = findText(texts, '卢宇表示，"这很重要𠀋"。');
    expect(match.found).toBe('whole');
    expect(covered(texts, match)).toBe('卢宇表示，“这很重要 𠀋”。');
  });

  it('says none when the excerpt is not on the page', () => {
    expect(findText(['Some article text.'], 'A sentence that is nowhere.')).toEqual({ found: 'none' });
    expect(findText([], 'Anything')).toEqual({ found: 'none' });
  });

  it('says none for an empty or blank excerpt', () => {
    expect(findText(['text'], '')).toEqual({ found: 'none' });
    expect(findText(['text'], ' \n\u00a0')).toEqual({ found: 'none' });
  });

  it(`falls back to the longest start of at least ${MIN_PREFIX} characters, and says so`, () => {
    const start = 'Officials at the port authority confirmed on Tuesday that the terminal';
    const texts = ['Lead. ', `${start} will close for repairs.`];
    const match = findText(texts, `${start} would reopen in May after the storm.`);
    expect(match.found).toBe('prefix');
    if (match.found !== 'prefix') return;
    // The common start runs through "w" of "will"/"would".
    expect(covered(texts, match)).toBe(`${start} w`);
    expect(match.matched).toBe(start.length + 2);
    expect(match.start).toEqual({ node: 1, offset: 0 });
  });

  it('counts the prefix in the excerpt\'s own characters, whitespace included', () => {
    const texts = ['x'.repeat(10) + 'abcdefghij'.repeat(4) + 'END'];
    // 39 characters of the excerpt are on the page (with its spaces folded away): not enough.
    const excerpt39 = 'abcdefghij abcdefghij abcdefghij abcdef' + 'ZZZ';
    expect(excerpt39.indexOf('ZZZ')).toBe(39);
    expect(findText(texts, excerpt39)).toEqual({ found: 'none' });
    const excerpt40 = 'abcdefghij abcdefghij abcdefghij abcdefg' + 'ZZZ';
    expect(findText(texts, excerpt40)).toMatchObject({ found: 'prefix', matched: 40 });
  });

  it('gives no prefix shorter than the minimum even when the excerpt is short', () => {
    expect(findText(['The ferry terminal'], 'The ferry terminal reopened')).toEqual({ found: 'none' });
  });

  it('handles a page of many nodes quickly enough', () => {
    const texts = Array.from({ length: 20_000 }, (_, i) => `Sentence number ${i} of the long page. `);
    const t0 = performance.now();
    const match = findText(texts, 'Sentence number 19998 of the long page. Sentence number 19999');
    expect(match).toMatchObject({ found: 'whole', start: { node: 19_998, offset: 0 } });
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
});
