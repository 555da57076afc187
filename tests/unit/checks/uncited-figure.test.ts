import { describe, expect, it } from 'vitest';
import { checkPage, flagsOf } from '../support';

const LEAD = 'The ferry terminal reopened on Friday after a month of repairs.';

describe('uncited-figure', () => {
  it('fires (low) for a percentage with no source', async () => {
    const sentence = 'Ridership on the harbour line rose 38 percent last year.';
    const report = await checkPage({ paragraphs: [LEAD, sentence] });
    const flags = flagsOf(report, 'uncited-figure');
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ severity: 'low', excerpt: sentence });
    expect(flags[0]!.message).toContain('"38 percent"');
    expect(report.verdict).toBe('verified');
  });

  it('fires for a figure credited only to a vague source, and says so', async () => {
    const sentence = 'Studies show that 60% of commuters would pay more for a faster crossing.';
    const report = await checkPage({ paragraphs: [LEAD, sentence] });
    const flag = flagsOf(report, 'uncited-figure')[0];
    expect(flag?.excerpt).toBe(sentence);
    expect(flag?.message).toContain('vague');
  });

  it('does not fire for a figure with a named source in the sentence', async () => {
    const report = await checkPage({ paragraphs: [LEAD, 'According to the Port Elwin Transit Authority, fares brought in $4.2 million.'] });
    expect(flagsOf(report, 'uncited-figure')).toEqual([]);
  });

  it('does not fire for years and small counts, or for a figure a named speaker gives', async () => {
    const report = await checkPage({
      paragraphs: [LEAD, 'The terminal first opened in 1998 with 12 berths.', '“Fares went up 12 percent and nobody complained,” said Gideon Farrow, a ferry captain.'],
    });
    expect(flagsOf(report, 'uncited-figure')).toEqual([]);
  });
});
