import { describe, expect, it } from 'vitest';
import { checkPage, flagsOf, onlyFlag } from '../support';

const LEDGER = { id: 'harbor-ledger', name: 'Harbor Ledger', domains: ['harborledger.example'], kind: 'news' };
const INES = { id: 'ines-calloway', name: 'Ines Calloway', affiliations: [{ organization: 'Harbor Ledger', title: 'reporter' }] };
const BODY = ['Grain shipments through the strait fell sharply in May.', 'Exporters are looking for other routes.'];

describe('source-mismatch', () => {
  it('fires (high) when a link credited to Reuters goes to another domain', async () => {
    const report = await checkPage({
      paragraphs: ['Grain shipments fell sharply in May, <a href="https://reuters-worldwire.example.net/grain">Reuters reported</a>.', BODY[1]!],
    });
    const flag = onlyFlag(report, 'source-mismatch');
    expect(flag.severity).toBe('high');
    expect(flag.excerpt).toBe('Reuters reported');
    expect(flag.message).toContain('reuters.com');
    expect(flag.message).toContain('example.net');
  });

  it('fires when the byline places a known journalist at an outlet they are not known at', async () => {
    const report = await checkPage({
      paragraphs: BODY,
      page: { before: '<p class="byline">By Ines Calloway, Reuters</p>' },
      list: { outlets: [LEDGER], people: [INES] },
    });
    const flag = onlyFlag(report, 'source-mismatch');
    expect(flag.severity).toBe('high');
    expect(flag.excerpt).toBe('By Ines Calloway, Reuters');
    expect(flag.message).toContain('Harbor Ledger');
  });

  it('fires when the known original is by another author', async () => {
    const report = await checkPage({
      url: 'https://www.theguardian.com/world/2026/may/03/grain-strait',
      paragraphs: BODY,
      page: { author: 'Pavel Moreau', after: '<p class="source">Original source: <a href="https://harborledger.example/2026/05/grain-strait">Harbor Ledger</a></p>' },
      list: {
        outlets: [LEDGER],
        articles: [{ url: 'https://harborledger.example/2026/05/grain-strait', title: 'Grain through the strait slows', outlet: 'harbor-ledger', authors: ['Ines Calloway'] }],
      },
    });
    const flag = onlyFlag(report, 'source-mismatch');
    expect(flag.excerpt).toBe('Original source: Harbor Ledger');
    expect(flag.message).toContain('Ines Calloway');
    expect(flag.message).toContain('Pavel Moreau');
  });

  it('does not fire when the Reuters link goes to reuters.com', async () => {
    const report = await checkPage({
      paragraphs: ['Grain shipments fell sharply in May, <a href="https://www.reuters.com/markets/grain-2026-05-01/">Reuters reported</a>.', BODY[1]!],
    });
    expect(flagsOf(report, 'source-mismatch')).toEqual([]);
  });

  it('does not fire when the byline outlet is where the journalist is known to work', async () => {
    const report = await checkPage({
      url: 'https://harborledger.example/2026/05/grain-strait',
      paragraphs: BODY,
      page: { before: '<p class="byline">By Ines Calloway, Harbor Ledger</p>' },
      list: { outlets: [LEDGER], people: [INES] },
    });
    expect(flagsOf(report, 'source-mismatch')).toEqual([]);
  });
});
