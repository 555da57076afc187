import { describe, expect, it } from 'vitest';
import { checkPage, flagsOf } from '../support';

const LEAD = 'The ferry terminal reopened on Friday after a month of repairs.';

describe('anonymous-attribution', () => {
  it('fires (low) for "experts believe", quoting the sentence, without lowering the verdict', async () => {
    const sentence = 'Experts believe the new ramp will need repairs within a decade.';
    const report = await checkPage({ paragraphs: [LEAD, sentence] });
    const flags = flagsOf(report, 'anonymous-attribution');
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ severity: 'low', excerpt: sentence });
    expect(flags[0]!.message).toContain('Experts');
    expect(report.verdict).toBe('verified');
  });

  it('groups statements by the same kind of unnamed source into one note', async () => {
    const first = 'A senior port official said the contract was rushed.';
    const report = await checkPage({ paragraphs: [LEAD, first, 'Another senior port official said the inspection was skipped.'] });
    const flags = flagsOf(report, 'anonymous-attribution');
    expect(flags).toHaveLength(1);
    expect(flags[0]!.excerpt).toBe(first);
    expect(flags[0]!.message).toContain('(2 statements)');
  });

  it('does not fire for named speakers', async () => {
    const report = await checkPage({ paragraphs: [LEAD, '“The new ramp is twice as wide,” said Gideon Farrow, a ferry captain.'] });
    expect(flagsOf(report, 'anonymous-attribution')).toEqual([]);
  });

  it('does not fire for people mentioned without anything attributed to them', async () => {
    const report = await checkPage({ paragraphs: [LEAD, 'The port hired two new officials and several inspectors last year.'] });
    expect(flagsOf(report, 'anonymous-attribution')).toEqual([]);
  });
});
