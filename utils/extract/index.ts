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

/** Chinese, Japanese and Korean write without spaces: a word is about two characters. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const CHARACTERS_PER_CJK_WORD = 2;

function wordsIn(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  return (text.replace(CJK, ' ').match(/\S+/g)?.length ?? 0) + Math.round(cjk / CHARACTERS_PER_CJK_WORD);
}

function wordCount(blocks: TextBlock[]): number {
  return blocks.reduce((n, b) => n + wordsIn(b.text), 0);
}

/** Readability's readerable test counts characters; a CJK paragraph says as much in a third of them. */
const CJK_MIN_CONTENT_LENGTH = 50;
/** How much of the page's text to sample to tell a CJK page. */
const CJK_SAMPLE_CHARS = 3_000;

function writtenInCjk(doc: Document): boolean {
  const sample = (doc.body?.textContent ?? '').slice(0, CJK_SAMPLE_CHARS);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  return letters > 0 && (sample.match(CJK)?.length ?? 0) / letters > 0.3;
}

/** Cheap: decides whether the page is worth the full extraction. */
export function looksLikeArticle(doc: Document, meta: ArticleMetadata, declared: boolean): boolean {
  if (declared) return true;
  if (declaresNonArticle(doc, meta)) return false;
  return writtenInCjk(doc) ? isProbablyReaderable(doc, { minContentLength: CJK_MIN_CONTENT_LENGTH }) : isProbablyReaderable(doc);
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
