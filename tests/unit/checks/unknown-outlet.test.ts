import { describe, expect, it } from 'vitest';
import { checkPage, flagsOf, onlyFlag } from '../support';

const BODY = ['The ferry terminal reopened on Friday after a month of repairs.', 'Passengers queued early.'];
const HERALD = { outlets: [{ id: 'port-elwin-herald', name: 'Port Elwin Herald', domains: ['portelwinherald.example'], kind: 'news' }] };

describe('unknown-outlet', () => {
  it('fires (medium) for a host in no list, quoting the site name and naming the domain', async () => {
    const report = await checkPage({
      url: 'https://www.portelwinherald.example/news/ferry',
      paragraphs: BODY,
      page: { head: '<meta property="og:site_name" content="Port Elwin Herald">' },
    });
    const flag = onlyFlag(report, 'unknown-outlet');
    expect(flag.severity).toBe('medium');
    expect(flag.excerpt).toBe('Port Elwin Herald');
    expect(flag.message).toContain('portelwinherald.example');
    expect(report.outlet.status).toBe('unknown');
    expect(report.verdict).toBe('mixed');
  });

  it('names the domain and the lists in force, and quotes the title the page shows when it gives no site name', async () => {
    const report = await checkPage({ url: 'https://news.elsewhere.example/ferry', paragraphs: BODY, list: HERALD, bundled: 'none' });
    const flag = onlyFlag(report, 'unknown-outlet');
    expect(flag.excerpt).toBe(report.article.title);
    expect(flag.message).toContain('elsewhere.example');
    expect(flag.message).toContain('"Unit test list"');
  });

  it('does not fire for a subdomain of a known outlet', async () => {
    const report = await checkPage({ url: 'https://news.portelwinherald.example/ferry', paragraphs: BODY, list: HERALD, bundled: 'none' });
    expect(flagsOf(report, 'unknown-outlet')).toEqual([]);
    expect(report.outlet).toMatchObject({ status: 'known', id: 'port-elwin-herald', list: 'Unit test list' });
  });

  it('does not fire for an outlet of the starter list', async () => {
    const report = await checkPage({ url: 'https://www.bbc.co.uk/news/ferry-123', paragraphs: BODY });
    expect(flagsOf(report, 'unknown-outlet')).toEqual([]);
    expect(report.outlet.id).toBe('bbc');
  });
});
