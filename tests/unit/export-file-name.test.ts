/** Export file names: what was exported and when (UTC), in characters every file system accepts. */
import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../utils/export/file-name';

const AT = new Date(Date.UTC(2026, 10, 23, 14, 5, 59, 999));

describe('exportFileName', () => {
  it('names one article by its site, without www.', () => {
    expect(exportFileName({ scope: 'article', url: 'https://www.wired.com/story/ai-arms-race/' }, 'md', AT)).toBe('sourcecheck-article-wired.com-2026-11-23T1405Z.md');
  });

  it('counts the articles of a selection or of everything flagged', () => {
    expect(exportFileName({ scope: 'flagged', count: 12 }, 'csv', AT)).toBe('sourcecheck-flagged-12-articles-2026-11-23T1405Z.csv');
    expect(exportFileName({ scope: 'selection', count: 1 }, 'json', AT)).toBe('sourcecheck-selection-1-article-2026-11-23T1405Z.json');
  });

  it('writes the time in UTC to the minute, whatever the local time zone', () => {
    expect(exportFileName({ scope: 'flagged', count: 2 }, 'md', new Date('2026-01-01T00:30:00+05:30'))).toBe('sourcecheck-flagged-2-articles-2025-12-31T1900Z.md');
  });

  it('keeps only the host of an address: no port, credentials or path', () => {
    expect(exportFileName({ scope: 'article', url: 'https://user:pw@en.people.cn:8443/n3/a.html?x=1#y' }, 'md', AT)).toBe('sourcecheck-article-en.people.cn-2026-11-23T1405Z.md');
  });

  it('writes an internationalised host in its ASCII form', () => {
    expect(exportFileName({ scope: 'article', url: 'https://www.süddeutsche.de/politik' }, 'md', AT)).toBe('sourcecheck-article-xn--sddeutsche-9db.de-2026-11-23T1405Z.md');
  });

  it('calls a page with no host (a saved file, or no address at all) "page"', () => {
    expect(exportFileName({ scope: 'article', url: 'file:///home/me/saved/page.html' }, 'json', AT)).toBe('sourcecheck-article-page-2026-11-23T1405Z.json');
    expect(exportFileName({ scope: 'article', url: 'not a url/../..' }, 'json', AT)).toBe('sourcecheck-article-page-2026-11-23T1405Z.json');
  });

  it('uses only letters, digits, dots and hyphens, with one dot before the extension', () => {
    const urls = ['http://[::1]:8080/x', 'https://a_b.example./x', `https://${'long-'.repeat(40)}example.com/`, 'https://xn--80ak6aa92e.com/'];
    for (const url of urls) {
      const name = exportFileName({ scope: 'article', url }, 'csv', AT);
      expect(name, url).toMatch(/^sourcecheck-article-[a-z0-9]([a-z0-9.-]{0,58}[a-z0-9])?-2026-11-23T1405Z\.csv$/);
      expect(name.length, url).toBeLessThanOrEqual(120);
    }
  });
});
