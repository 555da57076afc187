/** Namesakes in the known lists: the person the page means is the one known where the page places them. */
import { describe, expect, it } from 'vitest';
import { checkPage, flagsOf } from './support';

const LIST = {
  organizations: [
    { id: 'tsinghua', name: 'Tsinghua University' },
    { id: 'pku', name: 'Peking University' },
  ],
  people: [
    { id: 'zhang-li-a', name: 'Zhang Li', affiliations: [{ organization: 'Tsinghua University', title: 'professor' }] },
    { id: 'zhang-li-b', name: 'Zhang Li', affiliations: [{ organization: 'Peking University', title: 'professor' }] },
  ],
};

describe('namesakes', () => {
  it('a stated affiliation picks the namesake known there, so it is no mismatch', async () => {
    const report = await checkPage({ paragraphs: ['“The models are not ready,” said Zhang Li, a professor at Peking University.'], list: LIST });
    const zhang = report.attributions.find((a) => a.speaker === 'Zhang Li');
    expect(zhang).toMatchObject({ status: 'known', personId: 'zhang-li-b' });
    expect(flagsOf(report, 'affiliation-mismatch')).toEqual([]);
  });

  it('an affiliation neither namesake has is still a mismatch', async () => {
    const report = await checkPage({
      paragraphs: ['“The models are not ready,” said Zhang Li, a professor at Fudan University.'],
      list: { ...LIST, organizations: [...LIST.organizations, { id: 'fudan', name: 'Fudan University' }] },
    });
    expect(report.attributions.find((a) => a.speaker === 'Zhang Li')?.status).toBe('mismatch');
  });
});
