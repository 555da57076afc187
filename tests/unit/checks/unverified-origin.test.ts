import { describe, expect, it } from 'vitest';
import { analyzeHtml, articlePage } from '../../helpers/analyze-html';
import { checkPage, flagsOf, onlyFlag, type PageCase } from '../support';

const GUARDIAN_URL = 'https://www.theguardian.com/world/2026/may/03/grain-strait';
const BODY = ['Grain shipments through the strait fell sharply in May.', 'Exporters are looking for other routes.'];
const LEDGER = { id: 'harbor-ledger', name: 'Harbor Ledger', domains: ['harborledger.example'], kind: 'news' };

type Case = {
  name: string;
  page: PageCase;
  /** The excerpt of the one flag, or null when no unverified-origin flag may be raised. */
  excerpt: string | null;
  /** What the reported original citation says. */
  outlet?: string;
  url?: string;
  /** Words the message must contain. */
  says?: string[];
};

/** A page on the Guardian (a known outlet) with one more paragraph or a line after the article. */
const body = (sentence: string, url = GUARDIAN_URL): PageCase => ({ url, paragraphs: [BODY[0]!, sentence] });
const after = (html: string, url = GUARDIAN_URL, list?: PageCase['list']): PageCase => ({ url, paragraphs: BODY, page: { after: html }, list });

const CASES: Case[] = [
  // The page claims an original that nobody can confirm.
  {
    name: '"Original source:" with a link to an unknown article',
    page: after('<p class="source">Original source: <a href="https://www.lakeshoretimes.example/2026/ferry">Lakeshore Times</a></p>'),
    excerpt: 'Original source: Lakeshore Times',
    url: 'https://www.lakeshoretimes.example/2026/ferry',
    says: ['https://www.lakeshoretimes.example/2026/ferry', '"Original source"'],
  },
  { name: '"first appeared in" with no link', page: body('This story first appeared in the Valley Sentinel.'), excerpt: 'This story first appeared in the Valley Sentinel.', outlet: 'Valley Sentinel', says: ['no link', 'Valley Sentinel'] },
  {
    name: '"originally published by" a linked outlet, the name stopping at the date',
    page: body('This article was originally published by <a href="https://lakeshoretimes.example/2026/05/01/grain-routes">The Lakeshore Times</a> on May 1, 2026.'),
    excerpt: 'This article was originally published by The Lakeshore Times on May 1, 2026.',
    outlet: 'Lakeshore Times',
    url: 'https://lakeshoretimes.example/2026/05/01/grain-routes',
  },
  {
    name: '"republished from … under a Creative Commons license"',
    page: body('This article is republished from The Conversation under a Creative Commons license.'),
    excerpt: 'This article is republished from The Conversation under a Creative Commons license.',
    outlet: 'Conversation',
  },
  {
    name: '"This story was produced by X and is republished here"',
    page: body('This story was produced by Prairie Health News, a nonprofit newsroom, and is republished here with permission.'),
    excerpt: 'This story was produced by Prairie Health News, a nonprofit newsroom, and is republished here with permission.',
    outlet: 'Prairie Health News',
  },
  {
    name: '"reprinted with permission of"',
    page: after('<p class="note">Reprinted with permission of the Coastal Review.</p>'),
    excerpt: 'Reprinted with permission of the Coastal Review.',
    outlet: 'Coastal Review',
  },
  {
    name: 'a known outlet named, with no link to the article',
    page: body('This article originally appeared in The Atlantic.'),
    excerpt: 'This article originally appeared in The Atlantic.',
    outlet: 'The Atlantic',
  },
  {
    name: 'a link to the named outlet’s own domain, but no known article there',
    page: body('This story was first published by <a href="https://www.reuters.com/world/grain-strait-2026-05-02/?utm_source=twitter&amp;utm_medium=social">Reuters</a>.'),
    excerpt: 'This story was first published by Reuters.',
    outlet: 'Reuters',
  },
  {
    name: 'an AMP cache link is read as the page it serves',
    page: body('This story was first published by <a href="https://www-reuters-com.cdn.ampproject.org/c/s/www.reuters.com/world/grain-strait-2026-05-02/">Reuters</a>.'),
    excerpt: 'This story was first published by Reuters.',
    url: 'https://www.reuters.com/world/grain-strait-2026-05-02/',
  },
  { name: 'Spanish: "publicado originalmente en"', page: body('Este artículo fue publicado originalmente en el Diario del Sur.'), excerpt: 'Este artículo fue publicado originalmente en el Diario del Sur.', outlet: 'Diario del Sur' },
  { name: 'French: "publié initialement dans"', page: body('Cet article a été publié initialement dans Le Courrier de l’Ouest.'), excerpt: 'Cet article a été publié initialement dans Le Courrier de l’Ouest.', outlet: 'Le Courrier de l’Ouest' },
  { name: 'German: "erschien zuerst bei"', page: body('Dieser Artikel erschien zuerst bei der Hafenpost.'), excerpt: 'Dieser Artikel erschien zuerst bei der Hafenpost.', outlet: 'Hafenpost' },
  { name: 'Portuguese: "publicado originalmente no"', page: body('Este artigo foi publicado originalmente no Jornal da Serra.'), excerpt: 'Este artigo foi publicado originalmente no Jornal da Serra.', outlet: 'Jornal da Serra' },
  { name: 'the outlet after a date', page: body('This piece was first published on March 3, 2026, in The Lakeside Review.'), excerpt: 'This piece was first published on March 3, 2026, in The Lakeside Review.', outlet: 'Lakeside Review' },
  { name: 'a feed footer: "The post … appeared first on"', page: body('The post Grain routes shift south appeared first on Harbor Weekly.'), excerpt: 'The post Grain routes shift south appeared first on Harbor Weekly.', outlet: 'Harbor Weekly' },
  {
    name: 'a "Source:" line naming a known outlet',
    page: after('<p class="source">Source: <a href="https://www.reuters.com/world/grain-strait-shipments-fall-2026-05-02/">Reuters</a></p>'),
    excerpt: 'Source: Reuters',
    outlet: 'Reuters',
  },

  // Not an unverified origin.
  {
    name: 'the original is on the page’s own site',
    page: after('<p class="source">Originally published at <a href="https://www.theguardian.com/world/2025/grain">theguardian.com</a></p>'),
    excerpt: null,
  },
  {
    name: 'the original is on the page’s own site under a mobile host',
    page: after('<p class="source">Originally published at <a href="https://amp.theguardian.com/world/2025/grain">the Guardian</a></p>'),
    excerpt: null,
  },
  {
    name: 'the original is a known article (www and trailing slash aside)',
    page: after('<p class="source">Original source: <a href="https://harborledger.example/2026/05/grain-strait/">Harbor Ledger</a></p>', GUARDIAN_URL, {
      outlets: [LEDGER],
      articles: [{ url: 'https://www.harborledger.example/2026/05/grain-strait', title: 'Grain through the strait slows', outlet: 'harbor-ledger' }],
    }),
    excerpt: null,
  },
  { name: 'a page on reuters.com originally published by Reuters', page: body('This article was originally published by Reuters.', 'https://www.reuters.com/world/grain-strait-2026-05-02/'), excerpt: null },
  { name: 'an unknown site naming itself', page: body('This story first appeared in the Valley Sentinel.', 'https://www.valleysentinel.example/2026/05/grain'), excerpt: null },
  { name: '"First published" followed by a date is a timestamp', page: body('First published May 1, 2026, 10:30 a.m.'), excerpt: null },
  { name: '"reprinted on" names a copy, not the original', page: body('This article was reprinted on Wired.com.'), excerpt: null },
  { name: 'something else first published elsewhere', page: body('The essay expands a post that the author originally published on the Grain Forum in 2019.'), excerpt: null },
  { name: '"Source: Supplied" is a picture credit', page: after('<p class="source">Source: Supplied</p>'), excerpt: null },
  { name: '"Source: AP Photo" is a picture credit', page: after('<p class="source">Source: AP Photo/Jane Doe</p>'), excerpt: null },
  { name: '"via Getty Images" is a picture credit', page: after('<p class="credit">Harbour cranes at dawn. Jane Doe/AFP via Getty Images</p>'), excerpt: null },
  { name: '"Sources:" lists the people spoken to', page: after('<p class="source">Sources: Jane Doe, port engineer; Tom Lee, ferry operator</p>'), excerpt: null },
  { name: '"via @handle" is a social account', page: after('<p class="source">Via @harborwatch</p>'), excerpt: null },
  { name: 'a "Source:" line for data names no original', page: after('<p class="source">Source: U.S. Census Bureau, American Community Survey</p>'), excerpt: null },
];

describe('unverified-origin', () => {
  it.each(CASES)('$name', async ({ page, excerpt, outlet, url, says }) => {
    const report = await checkPage(page);
    if (excerpt === null) {
      expect(flagsOf(report, 'unverified-origin')).toEqual([]);
      expect(flagsOf(report, 'source-mismatch')).toEqual([]);
      return;
    }
    const flag = onlyFlag(report, 'unverified-origin');
    expect(flag.severity).toBe('medium');
    expect(flag.excerpt).toBe(excerpt);
    expect(flag.message).toMatch(/^Unverified origin/);
    for (const words of says ?? []) expect(flag.message).toContain(words);
    const original = report.citations.find((c) => c.relation === 'original');
    if (outlet) expect(original?.outlet).toBe(outlet);
    if (url) expect(original?.url).toBe(url);
    expect(report.verdict).toBe('mixed');
  });

  it('one original claimed twice (a note on top, a line at the foot) is flagged once', async () => {
    const link = (text: string, href: string) => `<a href="${href}">${text}</a>`;
    const report = await checkPage({
      url: GUARDIAN_URL,
      paragraphs: [`This article was originally published by ${link('The Lakeshore Times', 'https://lakeshoretimes.example/2026/05/01/grain-routes')}.`, ...BODY],
      page: { after: `<p class="source">Republished from ${link('The Lakeshore Times', 'https://lakeshoretimes.example/')}.</p>` },
    });
    const flag = onlyFlag(report, 'unverified-origin');
    expect(flag.message).toContain('https://lakeshoretimes.example/2026/05/01/grain-routes');
  });

  it('reads schema.org isBasedOn, quoting the address as the page gives it', async () => {
    const original = 'https://www.lakeshoretimes.example/2026/05/01/grain-routes';
    const html = articlePage(BODY).replace('"headline"', `"isBasedOn":"${original}","headline"`);
    const report = await analyzeHtml(html, GUARDIAN_URL);
    const flag = onlyFlag(report, 'unverified-origin');
    expect(flag.excerpt).toBe(original);
    expect(flag.message).toContain('isBasedOn');
  });
});
