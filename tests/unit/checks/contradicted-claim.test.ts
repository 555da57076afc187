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

const WIND = 'Wind turbines caused the March 2026 blackout in Harbor City';
const windReview = (ratingValue: RatingValue = 'false') => ({
  claimReviews: [{ claim: WIND, rating: 'False', ratingValue, reviewer: 'Factline', url: 'https://factline.example.org/reviews/harbor-city-blackout-wind', date: '2026-03-09' }],
});
const NEXT = 'The city council meets next week to discuss the utility’s plan.';

describe('contradicted-claim: matched by meaning', () => {
  it.each([
    'The March 2026 blackout in Harbor City was triggered by wind turbines.',
    'Wind turbines led to the March 2026 power outage in Harbor City.',
    'Harbor City’s March 2026 blackout was caused by wind turbines.',
    'So we will say it plainly: wind turbines caused the March 2026 blackout in Harbor City.',
  ])('is high for a paraphrase asserted in the page’s own voice: %s', async (sentence) => {
    const report = await checkPage({ paragraphs: [sentence, NEXT], list: windReview() });
    const flag = onlyFlag(report, 'contradicted-claim');
    expect(flag.severity).toBe('high');
    expect(flag.excerpt).toBe(sentence);
    expect(flag.message).toContain('Factline');
    expect(flag.message).toContain('https://factline.example.org/reviews/harbor-city-blackout-wind');
  });

  it.each([
    ['attributed', 'Candidate Wade Thurston said wind turbines caused the March 2026 blackout in Harbor City.'],
    ['according to', 'According to Wade Thurston, wind turbines caused the March 2026 blackout in Harbor City.'],
    ['quoted', '“Wind turbines caused the March 2026 blackout in Harbor City,” Wade Thurston told the forum.'],
    ['debunked', 'Wade Thurston claimed that wind turbines caused the March 2026 blackout in Harbor City, which is false.'],
    ['falsely', 'Some residents falsely believe wind turbines caused the March 2026 blackout in Harbor City.'],
    ['asked', 'Did wind turbines cause the March 2026 blackout in Harbor City?'],
  ])('is medium when the page does not assert it (%s)', async (_why, sentence) => {
    const report = await checkPage({ paragraphs: [sentence, NEXT], list: windReview() });
    const flag = onlyFlag(report, 'contradicted-claim');
    expect(flag.severity).toBe('medium');
    expect(flag.excerpt).toBe(sentence);
  });

  it('names the speaker it reports', async () => {
    const report = await checkPage({ paragraphs: ['Candidate Wade Thurston said wind turbines caused the March 2026 blackout in Harbor City.', NEXT], list: windReview() });
    expect(onlyFlag(report, 'contradicted-claim').message).toContain('Wade Thurston asserting');
  });

  it.each([
    ['another year', 'Wind turbines caused the March 2025 blackout in Harbor City.'],
    ['another city', 'Wind turbines caused the March 2026 blackout in Port Elwin.'],
    ['a denial', 'Wind turbines did not cause the March 2026 blackout in Harbor City.'],
    ['a denial before the claim', 'There is no evidence that wind turbines caused the March 2026 blackout in Harbor City.'],
    ['a verb of denial', 'The utility denied that wind turbines caused the March 2026 blackout in Harbor City.'],
    ['a related sentence', 'Wind turbines were spinning normally when the March 2026 blackout began.'],
  ])('does not fire for %s', async (_why, sentence) => {
    const report = await checkPage({ paragraphs: [sentence, NEXT], list: windReview() });
    expect(flagsOf(report, 'contradicted-claim')).toEqual([]);
  });

  it('does not fire for a claim rated mostly true', async () => {
    const report = await checkPage({ paragraphs: ['Wind turbines caused the March 2026 blackout in Harbor City.', NEXT], list: windReview('mostly-true') });
    expect(flagsOf(report, 'contradicted-claim')).toEqual([]);
  });
});
