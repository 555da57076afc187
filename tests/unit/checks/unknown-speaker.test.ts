import { describe, expect, it } from 'vitest';
import { checkPage, flagsOf } from '../support';

const LEAD = 'The ferry terminal reopened on Friday after a month of repairs.';
const FARROW = '“The new ramp is twice as wide,” said Gideon Farrow, a ferry captain.';

describe('unknown-speaker', () => {
  it('fires (medium) once per named speaker who is in no list, quoting the sentence', async () => {
    const oyelaran = 'Tamsin Oyelaran, who runs the kiosk, said business had already picked up.';
    const report = await checkPage({ paragraphs: [LEAD, FARROW, oyelaran, '“We had queues by noon,” Farrow said.'] });
    const flags = flagsOf(report, 'unknown-speaker');
    expect(flags.map((f) => f.excerpt)).toEqual([FARROW, oyelaran]);
    expect(flags.every((f) => f.severity === 'medium')).toBe(true);
    expect(flags[0]!.message).toContain('Gideon Farrow');
    expect(flags[0]!.message).toContain('ferry captain');
    expect(report.verdict).toBe('mixed');
  });

  it('names the lists that were searched', async () => {
    const report = await checkPage({ paragraphs: [LEAD, FARROW], list: { people: [{ id: 'someone', name: 'Someone Else' }] }, bundled: 'none' });
    expect(flagsOf(report, 'unknown-speaker')[0]?.message).toContain('"Unit test list"');
  });

  it('does not fire for a known person', async () => {
    const report = await checkPage({
      paragraphs: [LEAD, FARROW],
      list: { people: [{ id: 'gideon-farrow', name: 'Gideon Farrow', affiliations: [{ organization: 'Port Elwin Ferries', title: 'captain' }] }] },
    });
    expect(flagsOf(report, 'unknown-speaker')).toEqual([]);
    expect(report.attributions[0]?.personId).toBe('gideon-farrow');
  });

  it('does not fire for unnamed sources', async () => {
    const report = await checkPage({ paragraphs: [LEAD, 'A port official said the work came in under budget.'] });
    expect(flagsOf(report, 'unknown-speaker')).toEqual([]);
    expect(report.attributions.some((a) => a.anonymous)).toBe(true);
  });

  it('does not report an organisation that makes a statement as an unknown person', async () => {
    const report = await checkPage({ paragraphs: [LEAD, 'The Port Elwin Transit Authority said fares would stay the same until June.'] });
    expect(flagsOf(report, 'unknown-speaker')).toEqual([]);
  });

  it('does not present the reported clause after "According to X," as the speaker’s role', async () => {
    const report = await checkPage({ paragraphs: [LEAD, 'According to Gideon Farrow, the ramp is wider now.'] });
    expect(report.attributions[0]?.statedRole).toBeUndefined();
    expect(flagsOf(report, 'unknown-speaker')[0]?.message).not.toContain('ramp is wider');
  });
});
