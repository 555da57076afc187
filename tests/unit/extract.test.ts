import { JSDOM, VirtualConsole } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/extract';
import { readMetadata } from '../../utils/extract/metadata';
import type { ExtractedArticle } from '../../utils/extracted-article';

const URL_ = 'https://lakeshore.example/2026/dredging?ref=home';

function dom(html: string, url = URL_): JSDOM {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
}

function extract(html: string, url = URL_): ExtractedArticle {
  const d = dom(html, url);
  try {
    return extractArticle(d.window.document, url);
  } finally {
    d.window.close();
  }
}

const PARAGRAPHS = Array.from(
  { length: 10 },
  (_, i) => `<p>Dredging crews worked through the night on section ${i + 1} of the harbour channel, where silt has piled up faster than engineers expected, and the port now says the project will need another season.</p>`,
).join('\n');

const NEWS_PAGE = `<!doctype html><html lang="en"><head><title>Dredging overruns again – Lakeshore Times</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Lakeshore Times">
</head><body>
<header class="site-header"><a href="/">Lakeshore Times</a><nav><a href="/local">Local news and events</a> <a href="/sport">Sport results</a></nav></header>
<div class="cookie-consent"><p>We use cookies to understand how readers use this site.</p><button>Accept</button></div>
<div class="story-notice"><p>This story is a dramatisation; names and events have been changed.</p></div>
<main>
<article><h1>Dredging overruns again</h1><div class="story-body">${PARAGRAPHS}</div></article>
<p class="provenance">Original source: <a href="https://origin.example/2026/dredging">Origin Weekly</a></p>
<aside class="related"><h2>More from the harbour</h2><ul><li><a href="/x">Port strike ends after ten days of talks</a></li><li><a href="/y">Ferry timetable changes on Monday</a></li></ul></aside>
</main>
<footer class="site-footer"><p>Lakeshore Times is a community newsroom. All rights reserved.</p></footer>
</body></html>`;

describe('metadata', () => {
  it('reads JSON-LD from @graph, with author arrays, publisher, date and isBasedOn', () => {
    const d = dom(`<html lang="en-GB"><head>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"LT"},
        {"@type":"NewsArticle","headline":"Dredging overruns again","author":[{"@type":"Person","name":"Ada Brook"},{"@type":"Person","name":"Tom Reyes"}],
         "datePublished":"2026-04-02","publisher":{"@type":"Organization","name":"Lakeshore Times"},"isBasedOn":"https://origin.example/a"}]}</script>
      <link rel="canonical" href="/2026/dredging"></head><body></body></html>`);
    const meta = readMetadata(d.window.document, URL_);
    expect(meta).toMatchObject({
      title: 'Dredging overruns again',
      authors: ['Ada Brook', 'Tom Reyes'],
      siteName: 'Lakeshore Times',
      publisher: 'Lakeshore Times',
      published: '2026-04-02',
      lang: 'en-GB',
      canonicalUrl: 'https://lakeshore.example/2026/dredging',
      isBasedOn: ['https://origin.example/a'],
    });
    expect(meta.schemaTypes).toEqual(['WebSite', 'NewsArticle']);
  });

  it('falls back to Open Graph, meta author and og:url, and survives broken JSON-LD', () => {
    const d = dom(`<html><head><title>Page title</title>
      <script type="application/ld+json">{ not json</script>
      <meta property="og:title" content="OG headline"><meta property="og:site_name" content="Valley Sentinel">
      <meta name="author" content="Ada Brook and Tom Reyes"><meta property="article:published_time" content="2026-05-01T08:00:00Z">
      <meta property="og:url" content="https://valley.example/story"></head><body></body></html>`);
    const meta = readMetadata(d.window.document, 'https://valley.example/story?utm=x');
    expect(meta).toMatchObject({
      title: 'OG headline',
      siteName: 'Valley Sentinel',
      authors: ['Ada Brook', 'Tom Reyes'],
      published: '2026-05-01T08:00:00Z',
      canonicalUrl: 'https://valley.example/story',
      schemaTypes: [],
    });
  });
});

describe('extractArticle', () => {
  it('captures a notice above the headline and an "Original source:" line as adjacent blocks', () => {
    const article = extract(NEWS_PAGE);
    expect(article.isArticle).toBe(true);
    expect(article.blocks).toContainEqual({ kind: 'notice', text: 'This story is a dramatisation; names and events have been changed.' });
    expect(article.blocks).toContainEqual({ kind: 'source-line', text: 'Original source: Origin Weekly' });
    expect(article.links).toContainEqual({ text: 'Origin Weekly', href: 'https://origin.example/2026/dredging' });
    expect(article.blocks.filter((b) => b.kind === 'body')).toHaveLength(10);
  });

  it('captures an editor’s note after the article as an editor’s note', () => {
    const html = NEWS_PAGE.replace('</main>', '<div class="story-foot"><p>Editor’s note: An earlier version misnamed the dredging contractor.</p></div></main>');
    expect(extract(html).blocks).toContainEqual({ kind: 'editors-note', text: 'Editor’s note: An earlier version misnamed the dredging contractor.' });
  });

  it('leaves out cookie banners, navigation, related links and the footer', () => {
    const text = extract(NEWS_PAGE).blocks.map((b) => b.text).join('\n');
    for (const furniture of ['cookies', 'Local news and events', 'Port strike ends', 'Ferry timetable', 'More from the harbour', 'community newsroom']) {
      expect(text).not.toContain(furniture);
    }
  });

  it('does not treat a page declared og:type=website with little text as an article', () => {
    const html = `<html><head><meta property="og:type" content="website"><title>Lakeshore Times – home</title></head>
      <body><h1>Lakeshore Times</h1><p>Latest: dredging, ferries, council.</p><ul><li><a href="/a">Dredging overruns again</a></li></ul></body></html>`;
    const article = extract(html);
    expect(article.isArticle).toBe(false);
    expect(article.blocks).toEqual([]);
  });

  it('reads a Chinese report that declares no type as an article, and a Chinese page of links as none', () => {
    const paragraph = (i: number) => `<p>港口管理局周二表示，第${i}段航道的淤泥比工程师预计的堆积得更快，疏浚工作将再延长一个季度，附近渔民对此表示担忧。</p>`;
    const report = `<html lang="zh-CN"><head><title>航道疏浚再度延期</title></head><body><article><h1>航道疏浚再度延期</h1>${Array.from({ length: 8 }, (_, i) => paragraph(i + 1)).join('')}</article></body></html>`;
    const links = `<html lang="zh-CN"><head><title>首页</title></head><body><ul>${Array.from({ length: 8 }, (_, i) => `<li><a href="/n${i}">新闻标题${i}</a></li>`).join('')}</ul></body></html>`;
    expect(extract(report).isArticle).toBe(true);
    expect(extract(links).isArticle).toBe(false);
  });

  it('does not modify the document it reads', () => {
    const html = NEWS_PAGE.replace('</main>', '<p class="editors-note">Editor’s note: updated.</p></main>');
    const d = dom(html);
    const before = d.window.document.documentElement.outerHTML;
    extractArticle(d.window.document, URL_);
    expect(d.window.document.documentElement.outerHTML).toBe(before);
    d.window.close();
  });
});

function withinBounds(article: ExtractedArticle) {
  expect(article.blocks.length).toBeLessThanOrEqual(2_000);
  expect(article.links.length).toBeLessThanOrEqual(2_000);
  for (const block of article.blocks) expect(block.text.length).toBeLessThanOrEqual(5_000);
}

describe('hostile pages', () => {
  const HEAD = '<head><meta property="og:type" content="article"><title>Flood</title></head>';

  it('extracts a 5 MB text node without throwing, each block at most 5,000 characters', () => {
    const article = extract(`<html>${HEAD}<body><article><h1>Flood</h1><p>${'flood water '.repeat(440_000)}</p><p>The quay reopened.</p></article></body></html>`);
    expect(article.isArticle).toBe(true);
    withinBounds(article);
    expect(article.blocks.some((b) => b.text.length === 5_000)).toBe(true);
  }, 30_000);

  describe('200,000 sibling elements', () => {
    let page: JSDOM;
    let article: ExtractedArticle | undefined;
    let error: unknown;
    beforeAll(() => {
      page = dom(`<html>${HEAD}<body><article><h1>Flood</h1><p>Water rose again over the quay and the shops closed early, the owners said.</p>${'<i></i>'.repeat(200_000)}</article></body></html>`);
      try {
        article = extractArticle(page.window.document, URL_);
      } catch (e) {
        error = e;
      }
    }, 60_000);
    afterAll(() => page.window.close());

    it('extracts without throwing and within bounds', () => {
      expect(error).toBeUndefined();
      withinBounds(article!);
    });

    it('still reads a declared article padded with empty elements as an article', () => {
      expect(article?.isArticle).toBe(true);
    });
  });

  it('extracts a page nested 5,000 elements deep without throwing', () => {
    const d = dom(`<html>${HEAD}<body><article><h1>Flood</h1>${'<div>'.repeat(5_000)}<p>Deep water rose over the quay today and the shops closed.</p>${'</div>'.repeat(5_000)}</article></body></html>`);
    const article = extractArticle(d.window.document, URL_);
    expect(article.isArticle).toBe(true);
    expect(article.blocks.map((b) => b.text)).toContain('Deep water rose over the quay today and the shops closed.');
    // Not closed: jsdom's own window.close() recurses through the tree and overflows the stack here.
  }, 30_000);
});
