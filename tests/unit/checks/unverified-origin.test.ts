import { describe, expect, it } from 'vitest';
import { checkPage, flagsOf, onlyFlag } from '../support';

const GUARDIAN_URL = 'https://www.theguardian.com/world/2026/may/03/grain-strait';
const BODY = ['Grain shipments through the strait fell sharply in May.', 'Exporters are looking for other routes.'];

describe('unverified-origin', () => {
  it('fires (medium) for an "Original source:" line whose article is not known', async () => {
    const report = await checkPage({
      url: GUARDIAN_URL,
      paragraphs: BODY,
      page: { after: '<p class="source">Original source: <a href="https://www.lakeshoretimes.example/2026/ferry">Lakeshore Times</a></p>' },
    });
    const flag = onlyFlag(report, 'unverified-origin');
    expect(flag.severity).toBe('medium');
    expect(flag.excerpt).toBe('Original source: Lakeshore Times');
    expect(flag.message).toContain('https://www.lakeshoretimes.example/2026/ferry');
    expect(report.verdict).toBe('mixed');
  });

  it('fires for a sentence in the body that says the story first appeared elsewhere, with no link', async () => {
    const sentence = 'This story first appeared in the Valley Sentinel.';
    const report = await checkPage({ url: GUARDIAN_URL, paragraphs: [BODY[0]!, sentence] });
    const flag = onlyFlag(report, 'unverified-origin');
    expect(flag.excerpt).toBe(sentence);
    expect(flag.message).toContain('no link');
  });

  it('names the claimed outlet without the sentence’s full stop', async () => {
    const report = await checkPage({ url: GUARDIAN_URL, paragraphs: [BODY[0]!, 'This story first appeared in the Valley Sentinel.'] });
    expect(report.citations.find((c) => c.relation === 'original')?.outlet).toBe('Valley Sentinel');
  });

  it('does not fire when the original is on the page’s own site', async () => {
    const report = await checkPage({
      url: GUARDIAN_URL,
      paragraphs: BODY,
      page: { after: '<p class="source">Originally published at <a href="https://www.theguardian.com/world/2025/grain">theguardian.com</a></p>' },
    });
    expect(report.citations.some((c) => c.relation === 'original')).toBe(true);
    expect(flagsOf(report, 'unverified-origin')).toEqual([]);
  });

  it('does not fire when the original is a known article', async () => {
    const report = await checkPage({
      url: GUARDIAN_URL,
      paragraphs: BODY,
      page: { after: '<p class="source">Original source: <a href="https://harborledger.example/2026/05/grain-strait/">Harbor Ledger</a></p>' },
      list: {
        outlets: [{ id: 'harbor-ledger', name: 'Harbor Ledger', domains: ['harborledger.example'], kind: 'news' }],
        articles: [{ url: 'https://www.harborledger.example/2026/05/grain-strait', title: 'Grain through the strait slows', outlet: 'harbor-ledger' }],
      },
    });
    expect(report.citations.find((c) => c.relation === 'original')?.status).toBe('known');
    expect(flagsOf(report, 'unverified-origin')).toEqual([]);
  });
});
