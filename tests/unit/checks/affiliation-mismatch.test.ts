import { describe, expect, it } from 'vitest';
import { checkPage, flagsOf, onlyFlag } from '../support';

const LIST = {
  people: [{ id: 'priya-venkataraman', name: 'Priya Venkataraman', affiliations: [{ organization: 'Coastal Hydrology Institute', title: 'senior hydrologist' }] }],
  organizations: [
    { id: 'chi', name: 'Coastal Hydrology Institute' },
    { id: 'northgate', name: 'Northgate Polytechnic' },
  ],
};
const LEAD = 'The river crested overnight without breaching the new walls.';
const TAIL = 'Repairs to the older walls will start next week.';

describe('affiliation-mismatch', () => {
  it('fires (medium) when a known person is placed at another known organisation', async () => {
    const sentence = '“The levees held because the pumps started early,” said Priya Venkataraman, a hydrologist at Northgate Polytechnic.';
    const report = await checkPage({ paragraphs: [LEAD, sentence, TAIL], list: LIST });
    const flag = onlyFlag(report, 'affiliation-mismatch');
    expect(flag.severity).toBe('medium');
    expect(flag.excerpt).toBe(sentence);
    expect(flag.message).toContain('Northgate Polytechnic');
    expect(flag.message).toContain('Coastal Hydrology Institute');
    expect(report.attributions.find((a) => a.speaker === 'Priya Venkataraman')?.status).toBe('mismatch');
  });

  it('fires for an "according to" attribution with an appositive', async () => {
    const sentence = 'According to Priya Venkataraman, an engineer with Northgate Polytechnic, the pumps started early.';
    const report = await checkPage({ paragraphs: [LEAD, sentence, TAIL], list: LIST });
    expect(onlyFlag(report, 'affiliation-mismatch').excerpt).toBe(sentence);
  });

  it('does not fire when the stated affiliation is the known one', async () => {
    const report = await checkPage({
      paragraphs: [LEAD, '“The levees held because the pumps started early,” said Priya Venkataraman, a hydrologist at the Coastal Hydrology Institute.', TAIL],
      list: LIST,
    });
    expect(flagsOf(report, 'affiliation-mismatch')).toEqual([]);
    expect(report.attributions.find((a) => a.speaker === 'Priya Venkataraman')?.status).toBe('known');
  });

  it('does not fire when the stated organisation is not a known one', async () => {
    const report = await checkPage({
      paragraphs: [LEAD, '“The levees held because the pumps started early,” said Priya Venkataraman, a volunteer with the Riverside Community Trust.', TAIL],
      list: LIST,
    });
    expect(flagsOf(report, 'affiliation-mismatch')).toEqual([]);
  });
});
