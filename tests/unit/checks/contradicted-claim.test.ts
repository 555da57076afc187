import { describe, expect, it } from 'vitest';
import type { RatingValue } from '../../../utils/sources-list';
import { checkPage, flagsOf, onlyFlag } from '../support';

const CLAIM = 'Seagulls spread the measles outbreak across Port Elwin schools';
const review = (ratingValue: RatingValue, rating = 'False') => ({
  claimReviews: [{ claim: CLAIM, rating, ratingValue, reviewer: 'Checkpoint Coast', url: 'https://checkpoint.example/seagulls', date: '2026-02-11' }],
});
const AFTER = 'Parents have been urged to check vaccination records.';

describe('contradicted-claim', () => {
  it('is high when the article asserts a claim rated false, and names reviewer, rating and URL', async () => {
    const sentence = 'Seagulls spread the measles outbreak across Port Elwin schools last winter.';
    const report = await checkPage({ paragraphs: [sentence, AFTER], list: review('false') });
    const flag = onlyFlag(report, 'contradicted-claim');
    expect(flag.severity).toBe('high');
    expect(flag.excerpt).toBe(sentence);
    expect(flag.message).toContain('Checkpoint Coast');
    expect(flag.message).toContain('"False"');
    expect(flag.message).toContain('https://checkpoint.example/seagulls');
  });

  it('is medium when the article reports someone else asserting it', async () => {
    const sentence = 'Councilman Ted Roark said seagulls spread the measles outbreak across Port Elwin schools.';
    const report = await checkPage({ paragraphs: [sentence, AFTER], list: review('false') });
    const flag = onlyFlag(report, 'contradicted-claim');
    expect(flag.severity).toBe('medium');
    expect(flag.excerpt).toBe(sentence);
  });

  it('fires for a claim rated mostly false, in other words', async () => {
    const sentence = 'Across Port Elwin schools, the measles outbreak was spread by seagulls.';
    const report = await checkPage({ paragraphs: [sentence, AFTER], list: review('mostly-false', 'Mostly false') });
    expect(onlyFlag(report, 'contradicted-claim').excerpt).toBe(sentence);
  });

  it('does not fire when the sentence denies the claim', async () => {
    const report = await checkPage({
      paragraphs: ['Seagulls did not spread the measles outbreak across Port Elwin schools, the health board found.', AFTER],
      list: review('false'),
    });
    expect(flagsOf(report, 'contradicted-claim')).toEqual([]);
  });

  it.each(['true', 'unproven'] as const)('does not fire for a claim rated %s', async (rating) => {
    const report = await checkPage({ paragraphs: ['Seagulls spread the measles outbreak across Port Elwin schools last winter.', AFTER], list: review(rating, rating) });
    expect(flagsOf(report, 'contradicted-claim')).toEqual([]);
  });

  it('does not fire for a sentence that shares only a few words with the claim', async () => {
    const report = await checkPage({ paragraphs: ['Seagulls nest on the roofs of Port Elwin schools every spring.', AFTER], list: review('false') });
    expect(flagsOf(report, 'contradicted-claim')).toEqual([]);
  });
});
