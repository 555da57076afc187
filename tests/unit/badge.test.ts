import { describe, expect, it } from 'vitest';
import { BADGE_COLORS, badgeFor } from '../../utils/badge';
import type { Flag, Report, Severity, Verdict } from '../../utils/report';

const flag = (severity: Severity): Flag => ({ kind: 'unknown-speaker', severity, message: 'test flag', excerpt: 'x' });

function report(verdict: Verdict, severities: Severity[] = []): Report {
  return {
    url: 'https://example.org/a',
    isArticle: verdict !== 'not-article',
    verdict,
    summary: `Summary for ${verdict}.`,
    article: { wordCount: 100 },
    outlet: { status: 'unknown' },
    flags: severities.map(flag),
    attributions: [],
    citations: [],
    timings: { extractMs: 1, analyzeMs: 1, matchMs: 1 },
    lists: [],
    limits: [],
    generator: 'Sourcecheck test',
  };
}

describe('badgeFor', () => {
  it('shows a red !N for unverifiable, N being the number of high flags', () => {
    expect(badgeFor(report('unverifiable', ['high', 'medium', 'high', 'low']))).toMatchObject({ text: '!2', color: BADGE_COLORS.unverifiable });
    expect(badgeFor(report('unverifiable', ['high']))?.text).toBe('!1');
  });

  it('shows an amber count of medium flags for mixed', () => {
    expect(badgeFor(report('mixed', ['medium', 'low', 'medium', 'medium']))).toMatchObject({ text: '3', color: BADGE_COLORS.mixed });
  });

  it('shows a green check for verified, low notes or not', () => {
    expect(badgeFor(report('verified'))).toMatchObject({ text: '✓', color: BADGE_COLORS.verified });
    expect(badgeFor(report('verified', ['low', 'low']))?.text).toBe('✓');
  });

  it('shows nothing for a page that is not an article', () => {
    expect(badgeFor(report('not-article'))).toBeNull();
  });

  it('uses three distinct colours and puts the summary in the title', () => {
    expect(new Set(Object.values(BADGE_COLORS)).size).toBe(3);
    expect(badgeFor(report('mixed', ['medium']))?.title).toContain('Summary for mixed.');
  });
});
