import { describe, expect, it } from 'vitest';
import { ownVoice, quoteSpans, sentenceSpans } from '../../utils/analysis/sentences';

const sentences = (text: string) => sentenceSpans(text).map((s) => text.slice(s.start, s.end));

describe('sentenceSpans', () => {
  it('does not end a sentence at "U.S." or a middle initial', () => {
    expect(sentences('The U.S. Coast Guard closed the channel on Monday. Derek B. Johnson reported it first. Ships waited.')).toEqual([
      'The U.S. Coast Guard closed the channel on Monday.',
      'Derek B. Johnson reported it first.',
      'Ships waited.',
    ]);
  });

  it('does not end a sentence at Dr. or Mr.', () => {
    expect(sentences('Dr. Amina Yusuf met Mr. Reyes at noon. They talked.')).toEqual(['Dr. Amina Yusuf met Mr. Reyes at noon.', 'They talked.']);
  });

  it('keeps a multi-sentence quote with its attribution', () => {
    expect(sentences('“We are ready. The pumps are on. Nobody should panic,” said the mayor. Then it rained.')).toEqual([
      '“We are ready. The pumps are on. Nobody should panic,” said the mayor.',
      'Then it rained.',
    ]);
    expect(sentences('"It held. It really held," she said. The crowd cheered.')).toEqual(['"It held. It really held," she said.', 'The crowd cheered.']);
  });

  it('returns spans that are exact substrings, and handles ? ! and trailing text without a stop', () => {
    const text = 'Will it hold? Nobody knows! Engineers keep watching';
    expect(sentences(text)).toEqual(['Will it hold?', 'Nobody knows!', 'Engineers keep watching']);
    expect(sentenceSpans('')).toEqual([]);
  });
});

describe('quoteSpans', () => {
  it('finds curly, straight and guillemet quotes with their inner text', () => {
    const text = 'She said “the walls held” and he said "the pumps worked" while « tout va bien » ran on the radio.';
    expect(quoteSpans(text).map((q) => q.inner)).toEqual(['the walls held', 'the pumps worked', 'tout va bien']);
    for (const q of quoteSpans(text)) expect(text.slice(q.start, q.end)).toMatch(/^[“"«].*[”"»]$/);
  });

  it('finds single curly quotes without confusing them with apostrophes', () => {
    const text = 'The mayor’s aide called it ‘a plan that simply cannot fail’ on Monday, and it’s the city’s plan.';
    expect(quoteSpans(text).map((q) => q.inner)).toEqual(['a plan that simply cannot fail']);
    expect(quoteSpans('It’s the city’s plan, and they’re sure it’ll work.')).toEqual([]);
  });
});

describe('ownVoice', () => {
  it('blanks quoted words with spaces of the same length', () => {
    const text = 'Olsen said “I invented it” and left.';
    const voice = ownVoice(text);
    expect(voice).toHaveLength(text.length);
    expect(voice).not.toContain('invented');
    expect(voice.startsWith('Olsen said ')).toBe(true);
    expect(voice.endsWith(' and left.')).toBe(true);
    expect(voice.slice(11, 11 + '“I invented it”'.length).trim()).toBe('');
  });

  it('leaves a text without quotes unchanged', () => {
    const text = 'The mayor’s plan passed.';
    expect(ownVoice(text)).toBe(text);
  });
});
