import { describe, expect, it } from 'vitest';
import { checkPage, flagsOf, onlyFlag, type PageCase } from '../support';

const LEDGER = { id: 'harbor-ledger', name: 'Harbor Ledger', domains: ['harborledger.example'], kind: 'news' };
const INES = { id: 'ines-calloway', name: 'Ines Calloway', affiliations: [{ organization: 'Harbor Ledger', title: 'reporter' }] };
const BODY = ['Grain shipments through the strait fell sharply in May.', 'Exporters are looking for other routes.'];
const GUARDIAN_URL = 'https://www.theguardian.com/world/2026/may/03/grain-strait';
/** An unknown site, so that only the rule under test can speak of the page's own outlet. */
const DIGEST_URL = 'https://www.worldgraindigest.example/2026/05/03/grain-strait';

type Case = {
  name: string;
  page: PageCase;
  /** The excerpt of the one flag, or null when no source-mismatch may be raised. */
  excerpt: string | null;
  /** Words the message must contain: the rule's evidence. */
  says?: string[];
};

const sentence = (html: string, url = DIGEST_URL): PageCase => ({ url, paragraphs: [html, BODY[1]!] });

const CASES: Case[] = [
  // A named outlet and a link that disagree.
  {
    name: 'a "Reuters reported" link that goes to another domain',
    page: sentence('Grain shipments fell sharply in May, <a href="https://reuters-worldwire.example.net/grain">Reuters reported</a>.'),
    excerpt: 'Grain shipments fell sharply in May, Reuters reported.',
    says: ['reuters.com', 'reuters-worldwire.example.net'],
  },
  {
    name: '"according to Reuters" with the name linked to a look-alike domain',
    page: sentence('Shipments fell 12 percent, according to <a href="https://www.reuters-worldnews.co/markets/grain">Reuters</a>.'),
    excerpt: 'Shipments fell 12 percent, according to Reuters.',
    says: ['"according to Reuters"', 'reuters-worldnews.co'],
  },
  {
    name: '"as reported by the BBC" linked elsewhere',
    page: sentence('The ministry denied the claim, as reported by <a href="https://bbc-news24.example.net/world/grain">the BBC</a>.'),
    excerpt: 'The ministry denied the claim, as reported by the BBC.',
    says: ['BBC', 'bbc-news24.example.net'],
  },
  {
    name: 'an origin credited to Reuters, linked to a look-alike domain',
    page: sentence('This article was originally published by <a href="https://reuters-worldnews.co/world/grain-strait">Reuters</a>.'),
    excerpt: 'This article was originally published by Reuters.',
    says: ['"originally published by"', 'reuters.com', 'reuters-worldnews.co'],
  },
  {
    name: 'an origin credited to Reuters, linked to another known outlet',
    page: sentence('This story first appeared on <a href="https://apnews.com/article/grain-strait-shipments-0a1b2c">Reuters</a>.'),
    excerpt: 'This story first appeared on Reuters.',
    says: ['apnews.com', 'Associated Press'],
  },
  {
    name: 'the outlet named in the sentence, the link on other words',
    page: sentence('This story first appeared on Reuters (<a href="https://reuters.example-news.net/grain-strait">original</a>).'),
    excerpt: 'This story first appeared on Reuters (original).',
    says: ['reuters.com', 'example-news.net'],
  },
  {
    name: 'Spanish: "publicado originalmente por El País" linked elsewhere',
    page: sentence('Este artículo fue publicado originalmente por <a href="https://elpais-noticias.example.net/economia/grano">El País</a>.'),
    excerpt: 'Este artículo fue publicado originalmente por El País.',
    says: ['elpais.com', 'example.net'],
  },
  {
    name: 'a "Source:" line naming a known outlet, linked elsewhere',
    page: { url: DIGEST_URL, paragraphs: BODY, page: { after: '<p class="source">Source: <a href="https://www.reuters-worldnews.co/world/grain-strait-shipments">Reuters</a></p>' } },
    excerpt: 'Source: Reuters',
    says: ['reuters-worldnews.co'],
  },
  {
    name: 'the known original is by another author',
    page: {
      url: GUARDIAN_URL,
      paragraphs: BODY,
      page: { author: 'Pavel Moreau', after: '<p class="source">Original source: <a href="https://harborledger.example/2026/05/grain-strait">Harbor Ledger</a></p>' },
      list: {
        outlets: [LEDGER],
        articles: [{ url: 'https://harborledger.example/2026/05/grain-strait', title: 'Grain through the strait slows', outlet: 'harbor-ledger', authors: ['Ines Calloway'] }],
      },
    },
    excerpt: 'Original source: Harbor Ledger',
    says: ['Ines Calloway', 'Pavel Moreau'],
  },

  // Name and link agree, or cannot be compared.
  { name: 'a Reuters link to reuters.com', page: sentence('Grain shipments fell sharply in May, <a href="https://www.reuters.com/markets/grain-2026-05-01/">Reuters reported</a>.'), excerpt: null },
  {
    name: 'a Reuters link on a mobile host with tracking parameters',
    page: sentence('Shipments fell, according to <a href="https://mobile.reuters.com/markets/grain-2026-05-01/?utm_source=twitter&amp;utm_campaign=x">Reuters</a>.'),
    excerpt: null,
  },
  {
    name: 'a Reuters link through an AMP cache',
    page: sentence('Shipments fell, according to <a href="https://www-reuters-com.cdn.ampproject.org/c/s/www.reuters.com/markets/grain-2026-05-01/">Reuters</a>.'),
    excerpt: null,
  },
  { name: 'an origin behind a link shortener', page: sentence('This article was originally published by <a href="https://t.co/AbC123">Reuters</a>.'), excerpt: null },
  {
    name: 'a bare outlet name linked to an encyclopedia page elsewhere, cited unlinked here',
    page: {
      url: DIGEST_URL,
      paragraphs: ['Prices rose, according to The New York Times.', 'The paper, <a href="https://en.wikipedia.org/wiki/The_New_York_Times">The New York Times</a>, has covered grain for decades.'],
    },
    excerpt: null,
  },
  { name: 'a page on reuters.com originally published by Reuters', page: sentence('This article was originally published by Reuters.', 'https://www.reuters.com/world/grain-strait-2026-05-02/'), excerpt: null },
  { name: '"via The Verge" linked to theverge.com', page: sentence('The exporters changed routes (via <a href="https://www.theverge.com/2026/5/2/grain-routes">The Verge</a>).'), excerpt: null },
  { name: 'an unknown outlet named, a known outlet linked', page: sentence('This story was first published by <a href="https://www.reuters.com/world/grain-strait-2026-05-02/">the Harbor Wire</a>.'), excerpt: null },
  {
    name: 'the byline outlet is where the journalist is known to work',
    page: { url: 'https://harborledger.example/2026/05/grain-strait', paragraphs: BODY, page: { before: '<p class="byline">By Ines Calloway, Harbor Ledger</p>' }, list: { outlets: [LEDGER], people: [INES] } },
    excerpt: null,
  },
];

describe('source-mismatch', () => {
  it.each(CASES)('$name', async ({ page, excerpt, says }) => {
    const report = await checkPage(page);
    if (excerpt === null) {
      expect(flagsOf(report, 'source-mismatch')).toEqual([]);
      return;
    }
    const flag = onlyFlag(report, 'source-mismatch');
    expect(flag.severity).toBe('high');
    expect(flag.excerpt).toBe(excerpt);
    expect(flag.message).toMatch(/^Source mismatch: /);
    for (const words of says ?? []) expect(flag.message).toContain(words);
    expect(report.verdict).toBe('unverifiable');
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

  it('a mismatched origin is not also an unverified origin', async () => {
    const report = await checkPage(sentence('This article was originally published by <a href="https://reuters-worldnews.co/world/grain-strait">Reuters</a>.'));
    expect(flagsOf(report, 'unverified-origin')).toEqual([]);
    expect(report.citations.find((c) => c.relation === 'original')).toMatchObject({ status: 'mismatch', outlet: 'Reuters' });
  });
});
