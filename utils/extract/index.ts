/**
 * Page → ExtractedArticle. The one extraction pipeline, run by the content script on the live
 * document and by the command line on a jsdom document.
 */
import { isProbablyReaderable } from '@mozilla/readability';
import type { ArticleMetadata, ExtractedArticle, TextBlock } from '../extracted-article';
import { readAdjacentText } from './adjacent';
import { readArticleBody } from './article-body';
import { declaresArticle, declaresNonArticle, readMetadata } from './metadata';
import { clip, fold } from './text';

/** Links sent at most: the message schema refuses more, and no article cites more. */
const MAX_LINKS = 1_500;
/** Metadata strings longer than this are a hostile page, not an article's title. */
const MAX_META_CHARS = 500;

/** Below this many words Readability has found a teaser or a listing, not an article. */
const MIN_ARTICLE_WORDS = 120;

function wordCount(blocks: TextBlock[]): number {
  return blocks.reduce((n, b) => n + (b.text.match(/\S+/g)?.length ?? 0), 0);
}

/** Cheap: decides whether the page is worth the full extraction. */
export function looksLikeArticle(doc: Document, meta: ArticleMetadata, declared: boolean): boolean {
  if (declared) return true;
  if (declaresNonArticle(doc, meta)) return false;
  return isProbablyReaderable(doc);
}

/** Strips a leading "By" and trailing dates/outlets that bylines carry. */
function bylineAuthors(byline: string | undefined): string[] {
  if (!byline) return [];
  const names = byline
    .replace(/^(by|por|par|von|de)\s+/i, '')
    .split(/\s*(?:,|\band\b|&|\||·|—|–)\s*/)
    .map((s) => s.trim())
    .filter((s) => /^\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){1,3}$/u.test(s));
  return names.slice(0, 1).concat(names.slice(1).filter((n) => !/\b(news|times|post|press|agency)\b/i.test(n)));
}

function boundedMeta(meta: ArticleMetadata): ArticleMetadata {
  const short = (s: string | undefined) => (s === undefined ? undefined : clip(s, MAX_META_CHARS));
  const list = (items: string[]) => items.slice(0, 50).map((s) => clip(s, MAX_META_CHARS));
  return {
    ...meta,
    title: short(meta.title),
    byline: short(meta.byline),
    siteName: short(meta.siteName),
    published: short(meta.published),
    lang: short(meta.lang),
    publisher: short(meta.publisher),
    canonicalUrl: meta.canonicalUrl && meta.canonicalUrl.length <= 2_048 ? meta.canonicalUrl : undefined,
    authors: list(meta.authors),
    schemaTypes: list(meta.schemaTypes),
    isBasedOn: meta.isBasedOn.filter((u) => u.length <= 2_048).slice(0, 50),
  };
}

export function extractArticle(doc: Document, url: string, now: () => number = () => performance.now()): ExtractedArticle {
  const started = now();
  const meta = readMetadata(doc, url);
  const declared = declaresArticle(doc, meta);
  const notArticle = (): ExtractedArticle => ({ url, isArticle: false, meta: boundedMeta(meta), blocks: [], links: [], extractMs: now() - started });

  if (!looksLikeArticle(doc, meta, declared)) return notArticle();
  const body = readArticleBody(doc, url);
  if (!body || (!declared && wordCount(body.blocks) < MIN_ARTICLE_WORDS)) return notArticle();

  const adjacent = readAdjacentText(doc, url, body.text);
  const visibleByline = body.byline ?? adjacent.blocks.find((b) => b.kind === 'byline')?.text;
  return {
    url,
    isArticle: true,
    meta: boundedMeta({
      ...meta,
      title: meta.title ?? body.title,
      byline: visibleByline,
      authors: meta.authors.length > 0 ? meta.authors : bylineAuthors(visibleByline),
      siteName: meta.siteName ?? body.siteName,
      lang: meta.lang ?? body.lang,
      published: meta.published ?? body.published,
    }),
    blocks: [...body.blocks, ...adjacent.blocks].map((b) => ({ kind: b.kind, text: fold(b.text) })),
    links: [...body.links, ...adjacent.links].slice(0, MAX_LINKS),
    extractMs: now() - started,
  };
}
