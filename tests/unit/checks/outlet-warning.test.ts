import { describe, expect, it } from 'vitest';
import { checkPage, flagsOf, onlyFlag } from '../support';

const OUTLETS = {
  outlets: [
    { id: 'giggle-wire', name: 'Giggle Wire', domains: ['gigglewire.example'], kind: 'satire', notes: 'Comedy site; every story is a joke.' },
    { id: 'statecast', name: 'Statecast', domains: ['statecast.example'], kind: 'state-media' },
    { id: 'clickmill', name: 'Clickmill', domains: ['clickmill.example'], kind: 'content-farm' },
    { id: 'rumour-desk', name: 'Rumour Desk', domains: ['rumourdesk.example'], kind: 'unreliable' },
    { id: 'plain-daily', name: 'Plain Daily', domains: ['plaindaily.example'], kind: 'news' },
  ],
};
const BODY = ['The town council voted to rename Tuesday after a long debate.', 'Residents were unmoved by the change.'];

describe('outlet-warning', () => {
  it('is high for a satire site and names the list entry', async () => {
    const report = await checkPage({
      url: 'https://www.gigglewire.example/news/tuesday',
      paragraphs: BODY,
      page: { head: '<meta property="og:site_name" content="Giggle Wire">' },
      list: OUTLETS,
      bundled: 'none',
    });
    const flag = onlyFlag(report, 'outlet-warning');
    expect(flag.severity).toBe('high');
    expect(flag.excerpt).toBe('Giggle Wire');
    expect(flag.message).toContain('satire');
    expect(flag.message).toContain('Comedy site');
    expect(report.verdict).toBe('unverifiable');
  });

  it('is low for state media (a subdomain matches), and a low flag does not lower the verdict', async () => {
    const report = await checkPage({ url: 'https://en.statecast.example/news/tuesday', paragraphs: BODY, list: OUTLETS, bundled: 'none' });
    const flag = onlyFlag(report, 'outlet-warning');
    expect(flag.severity).toBe('low');
    expect(flag.excerpt).toBe('en.statecast.example');
    expect(report.verdict).toBe('verified');
  });

  it.each([
    ['content-farm', 'https://clickmill.example/a'],
    ['unreliable', 'https://rumourdesk.example/a'],
  ])('is high for %s', async (_kind, url) => {
    const report = await checkPage({ url, paragraphs: BODY, list: OUTLETS, bundled: 'none' });
    expect(onlyFlag(report, 'outlet-warning').severity).toBe('high');
  });

  it('does not fire for a known news outlet', async () => {
    const report = await checkPage({ url: 'https://plaindaily.example/news/tuesday', paragraphs: BODY, list: OUTLETS, bundled: 'none' });
    expect(flagsOf(report, 'outlet-warning')).toEqual([]);
  });

  it('does not fire for an unknown site, even one whose name sounds like satire', async () => {
    const report = await checkPage({ url: 'https://gigglewire-fans.example/a', paragraphs: BODY, list: OUTLETS, bundled: 'none' });
    expect(flagsOf(report, 'outlet-warning')).toEqual([]);
  });
});
