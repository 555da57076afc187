import { describe, expect, it } from 'vitest';
import { checkPage, flagsOf, onlyFlag } from '../support';

const BODY = ['The ferry terminal reopened on Friday after a month of repairs.', 'Passengers queued early.'];
const HARTIGAN = (organization: string) => ({ people: [{ id: 'lucan-hartigan', name: 'Lucan Hartigan', affiliations: [{ organization, title: 'correspondent' }] }] });

describe('unknown-author', () => {
  it('fires (low) for a byline that names nobody known at this outlet', async () => {
    const report = await checkPage({ paragraphs: BODY, page: { author: 'Lucan Hartigan' } });
    const flag = onlyFlag(report, 'unknown-author');
    expect(flag.severity).toBe('low');
    expect(flag.excerpt).toBe('Lucan Hartigan');
    expect(flag.message).toContain('Reuters');
    expect(report.verdict).toBe('verified');
  });

  it('fires for an "Admin" byline', async () => {
    const report = await checkPage({ paragraphs: BODY, page: { author: 'Admin' } });
    expect(onlyFlag(report, 'unknown-author').excerpt).toBe('Admin');
  });

  it('fires for a known person who is not known at this outlet, and says so', async () => {
    const report = await checkPage({ paragraphs: BODY, page: { author: 'Lucan Hartigan' }, list: HARTIGAN('Harbor Ledger') });
    const flag = onlyFlag(report, 'unknown-author');
    expect(flag.message).toContain('is known (list "Unit test list") but not at Reuters');
  });

  it('does not fire for a journalist known at this outlet, with or without a middle initial', async () => {
    for (const author of ['Lucan Hartigan', 'Lucan P. Hartigan']) {
      const report = await checkPage({ paragraphs: BODY, page: { author }, list: HARTIGAN('Reuters') });
      expect(flagsOf(report, 'unknown-author'), author).toEqual([]);
    }
  });

  it('does not fire when there is no byline', async () => {
    const report = await checkPage({ paragraphs: BODY });
    expect(flagsOf(report, 'unknown-author')).toEqual([]);
  });
});
