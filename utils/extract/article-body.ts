/** The article itself, as Readability finds it, cut into text blocks and links. */
import { Readability } from '@mozilla/readability';
import type { PageLink, TextBlock } from '../extracted-article';
import { EDITOR_LABEL } from './labels';
import { clip, fold } from './text';

/** Readability walks every element; past this a hostile page costs more than any article is worth. */
const MAX_ELEMENTS = 60_000;
/** Readability's cost grows steeply with nesting (seconds at a few hundred levels); real articles stay far below. */
const MAX_DEPTH = 150;
/** Enough for the longest long-read; the rest of a hostile page is ignored. */
const MAX_BLOCKS = 1_500;
const MAX_LINKS = 1_000;

/** Elements whose text is one reading unit (a paragraph, a list item, a heading). */
const BLOCK_SELECTOR = 'p, li, blockquote, h1, h2, h3, h4, h5, h6, pre, figcaption, dd, dt, td, th';

export type ArticleBody = {
  title?: string;
  byline?: string;
  siteName?: string;
  lang?: string;
  published?: string;
  blocks: TextBlock[];
  links: PageLink[];
  /** Folded text of the article, to tell what Readability kept from what it dropped. */
  text: string;
};

function leafBlocks(root: Element): Element[] {
  const all = Array.from(root.querySelectorAll(BLOCK_SELECTOR));
  const leaves = all.filter((el) => !el.querySelector(BLOCK_SELECTOR));
  return leaves.length > 0 ? leaves : [root];
}

export function linksIn(root: Element, baseUrl: string, limit = MAX_LINKS): PageLink[] {
  const links: PageLink[] = [];
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    if (links.length >= limit) break;
    let href: string;
    try {
      href = new URL(a.getAttribute('href') ?? '', baseUrl).href;
    } catch {
      continue;
    }
    if (!/^https?:/.test(href)) continue;
    links.push({ text: clip(fold(a.textContent), 300), href: clip(href, 2_000) });
  }
  return links;
}

/** True when the tree is deeper than `limit`, found without visiting more than it must. */
function deeperThan(root: Element, limit: number): boolean {
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!;
    if (depth > limit) return true;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return false;
}

/** Too big or too deep for Readability within a reader's patience: a hostile or broken page. */
function tooCostly(doc: Document): boolean {
  return doc.getElementsByTagName('*').length > MAX_ELEMENTS || deeperThan(doc.documentElement, MAX_DEPTH);
}

function blockKind(el: Element, text: string): TextBlock['kind'] {
  if (el.tagName === 'FIGCAPTION') return 'caption';
  // An editor's note Readability keeps inside the article is still the editor speaking.
  if (EDITOR_LABEL.test(text)) return 'editors-note';
  return el.closest('blockquote, q') ? 'quote' : 'body';
}

function blocksOf(root: Element): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const el of leafBlocks(root)) {
    if (blocks.length >= MAX_BLOCKS) break;
    const text = clip(fold(el.textContent));
    if (text) blocks.push({ kind: blockKind(el, text), text });
  }
  return blocks;
}

/**
 * Without Readability: the paragraphs of the page's <article> or <main>. Used when a page is too
 * costly to give Readability, so a padded or deeply nested page is still read, not waved through.
 */
function plainBody(doc: Document, url: string): ArticleBody | null {
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  if (!root) return null;
  const blocks = blocksOf(root).filter((b) => b.text.length > 1);
  if (blocks.length === 0) return null;
  return { title: fold(doc.querySelector('h1')?.textContent) || undefined, blocks, links: linksIn(root, url), text: blocks.map((b) => b.text).join(' ') };
}

export function readArticleBody(doc: Document, url: string): ArticleBody | null {
  if (tooCostly(doc)) return plainBody(doc, url);
  let parsed: ReturnType<Readability<Node>['parse']>;
  try {
    // Readability mutates the document it reads: give it a copy so the page is never changed.
    const clone = doc.cloneNode(true) as Document;
    parsed = new Readability<Node>(clone, { maxElemsToParse: MAX_ELEMENTS, serializer: (node) => node }).parse();
  } catch {
    return plainBody(doc, url);
  }
  const content = parsed?.content;
  if (!parsed || !content || content.nodeType !== 1) return null;
  const root = content as Element;

  const blocks = blocksOf(root);
  return {
    title: fold(parsed.title) || undefined,
    byline: fold(parsed.byline) || undefined,
    siteName: fold(parsed.siteName) || undefined,
    lang: fold(parsed.lang) || undefined,
    published: fold(parsed.publishedTime) || undefined,
    blocks,
    links: linksIn(root, url),
    text: fold(root.textContent),
  };
}
