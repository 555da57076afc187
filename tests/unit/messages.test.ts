import { describe, expect, it } from 'vitest';
import type { ExtractedArticle } from '../../utils/extracted-article';
import { parseContentMessage } from '../../utils/messages';

function article(overrides: Partial<ExtractedArticle> = {}): ExtractedArticle {
  return {
    url: 'https://www.portelwinherald.example/news/ferry',
    isArticle: true,
    meta: {
      title: 'Ferry terminal reopens',
      authors: ['Lucan Hartigan'],
      byline: 'By Lucan Hartigan',
      siteName: 'Port Elwin Herald',
      lang: 'en',
      canonicalUrl: 'https://portelwinherald.example/news/ferry',
      schemaTypes: ['NewsArticle'],
      isBasedOn: [],
    },
    blocks: [
      { kind: 'body', text: 'The ferry terminal reopened on Friday.' },
      { kind: 'source-line', text: 'Original source: Lakeshore Times' },
    ],
    links: [{ text: 'Lakeshore Times', href: 'https://lakeshoretimes.example/a' }],
    extractMs: 12.5,
    ...overrides,
  };
}
const message = (a: unknown = article()) => ({ type: 'content:page-read', article: a });

describe('parseContentMessage', () => {
  it('accepts a valid message and returns its data', () => {
    const parsed = parseContentMessage(message());
    expect(parsed).not.toBeNull();
    expect(parsed!.article.blocks[1]).toEqual({ kind: 'source-line', text: 'Original source: Lakeshore Times' });
  });

  it.each([null, undefined, 'content:page-read', 42, []])('rejects a non-object (%s)', (value) => {
    expect(parseContentMessage(value)).toBeNull();
  });

  it('rejects a wrong message type', () => {
    expect(parseContentMessage({ type: 'background:read-again', article: article() })).toBeNull();
    expect(parseContentMessage({ article: article() })).toBeNull();
  });

  it.each(['file:///home/me/page.html', 'javascript:alert(1)', 'chrome://settings', 'ftp://x.example/a'])('rejects a non-http url %s', (url) => {
    expect(parseContentMessage(message(article({ url })))).toBeNull();
  });

  it('rejects a non-http canonical URL', () => {
    expect(parseContentMessage(message(article({ meta: { ...article().meta, canonicalUrl: 'javascript:void(0)' } })))).toBeNull();
  });

  it('rejects missing fields', () => {
    for (const field of ['url', 'isArticle', 'meta', 'blocks', 'links', 'extractMs'] as const) {
      const a: Record<string, unknown> = { ...article() };
      delete a[field];
      expect(parseContentMessage(message(a)), field).toBeNull();
    }
    const { authors: _authors, ...meta } = article().meta;
    expect(parseContentMessage(message({ ...article(), meta }))).toBeNull();
    expect(parseContentMessage({ type: 'content:page-read' })).toBeNull();
  });

  it('rejects an unknown block kind and a negative time', () => {
    expect(parseContentMessage(message(article({ blocks: [{ kind: 'sidebar' as 'body', text: 'x' }] })))).toBeNull();
    expect(parseContentMessage(message(article({ extractMs: -1 })))).toBeNull();
  });

  it('accepts arrays and strings at their limits and refuses them one past', () => {
    const block = { kind: 'body' as const, text: 'x' };
    expect(parseContentMessage(message(article({ blocks: Array(2_000).fill(block) })))).not.toBeNull();
    expect(parseContentMessage(message(article({ blocks: Array(2_001).fill(block) })))).toBeNull();
    expect(parseContentMessage(message(article({ blocks: [{ kind: 'body', text: 'x'.repeat(5_000) }] })))).not.toBeNull();
    expect(parseContentMessage(message(article({ blocks: [{ kind: 'body', text: 'x'.repeat(5_001) }] })))).toBeNull();
    const link = { text: 'a', href: 'https://a.example/' };
    expect(parseContentMessage(message(article({ links: Array(2_001).fill(link) })))).toBeNull();
    expect(parseContentMessage(message(article({ links: [{ text: 'a'.repeat(501), href: 'https://a.example/' }] })))).toBeNull();
  });

  it('refuses oversize metadata and URLs', () => {
    const meta = article().meta;
    expect(parseContentMessage(message(article({ meta: { ...meta, title: 't'.repeat(501) } })))).toBeNull();
    expect(parseContentMessage(message(article({ meta: { ...meta, authors: Array(51).fill('A B') } })))).toBeNull();
    expect(parseContentMessage(message(article({ url: `https://a.example/${'p'.repeat(2_048)}` })))).toBeNull();
  });
});
