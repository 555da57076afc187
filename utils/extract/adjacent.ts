/**
 * The text around an article that Readability drops but a verifier must read: notices above
 * the headline, editor's notes, "Original source:" and credit lines, captions, bylines.
 */
import type { BlockKind, PageLink, TextBlock } from '../extracted-article';
import { linksIn } from './article-body';
import { BYLINE_LABEL, CREDIT_LABEL, EDITOR_LABEL, SOURCE_LABEL } from './labels';
import { clip, fold } from './text';

/** Text that is never part of what the page says about the article. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'FORM', 'BUTTON', 'SELECT', 'TEXTAREA', 'NAV', 'MENU']);
/** Containers of site furniture: related links, share bars, cookie banners, comments. */
const FURNITURE = /(^|[\s_-])(nav|navbar|menu|related|recommend\w*|promo|newsletter|share|sharing|social|comments?|sidebar|widget|advert\w*|ads?|cookie\w*|consent|gdpr|subscribe|paywall|breadcrumbs?|tags|trending|popular|most-read|podcasts?|footer|site-footer|masthead)($|[\s_-])/i;
/** Containers whose whole purpose is a statement about the article. */
const STATEMENT = /(^|[\s_-])(notice|disclaimer|editor|editors-note|note|correction|alert|callout|source|credit|caption|byline|author|dateline|transparency|disclosure|aviso|nota|transparencia|transparência|avertissement|mention|hinweis|transparenz|avviso|avvertenza)($|[\s_-])/i;

/** Enough for every notice a page has; more is a hostile page. */
const MAX_ADJACENT_BLOCKS = 120;
/** Text nodes read at most: a hostile page can hold millions. */
const MAX_TEXT_NODES = 50_000;
/** Notices are short; a long block outside the article is some other article. */
const MAX_NOTICE_CHARS = 1_200;
/** A block mostly made of links is navigation, unless it is labelled as a source line. */
const MAX_LINK_DENSITY = 0.5;

function classify(el: Element, text: string): BlockKind {
  if (EDITOR_LABEL.test(text)) return 'editors-note';
  if (SOURCE_LABEL.test(text)) return 'source-line';
  if (el.closest('figcaption')) return CREDIT_LABEL.test(text) ? 'credit' : 'caption';
  if (CREDIT_LABEL.test(text)) return 'credit';
  if (BYLINE_LABEL.test(text) && text.length < 200) return 'byline';
  const marker = markerOf(el);
  if (/byline|author/i.test(marker)) return 'byline';
  if (/editor|correction/i.test(marker)) return 'editors-note';
  if (/caption/i.test(marker)) return 'caption';
  if (/credit/i.test(marker)) return 'credit';
  return 'notice';
}

function markerOf(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.id}`;
}

function hidden(el: Element): boolean {
  return (
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '')
  );
}

/** Walks up once and decides: skipped, furniture, or a statement container. */
function context(el: Element): 'skip' | 'furniture' | 'statement' | 'plain' {
  let verdict: 'furniture' | 'statement' | 'plain' = 'plain';
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (SKIPPED_TAGS.has(node.tagName.toUpperCase()) || hidden(node)) return 'skip';
    if (node.tagName === 'FOOTER' || node.getAttribute('role') === 'navigation' || node.getAttribute('role') === 'contentinfo') {
      verdict = verdict === 'statement' ? verdict : 'furniture';
    }
    const marker = markerOf(node);
    // role="note" is the page's own word that this is a statement about the content, in any language.
    if (verdict === 'plain' && (STATEMENT.test(marker) || node.getAttribute('role') === 'note')) verdict = 'statement';
    if (verdict === 'plain' && FURNITURE.test(marker)) verdict = 'furniture';
  }
  return verdict;
}

/** Elements that hold their own text (a text node child), the smallest units a notice can be. */
function ownTextElements(body: Element): Element[] {
  const found = new Set<Element>();
  const walker = body.ownerDocument.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  let visited = 0;
  for (let node = walker.nextNode(); node && visited < MAX_TEXT_NODES; node = walker.nextNode(), visited++) {
    const parent = node.parentElement;
    if (parent && node.nodeValue?.trim()) found.add(blockAncestor(parent));
  }
  return [...found];
}

const INLINE_TAGS = new Set(['A', 'SPAN', 'EM', 'STRONG', 'B', 'I', 'U', 'SMALL', 'TIME', 'ABBR', 'CITE', 'Q', 'SUB', 'SUP', 'MARK', 'CODE', 'BR', 'FONT', 'LABEL']);

function blockAncestor(el: Element): Element {
  let node = el;
  while (INLINE_TAGS.has(node.tagName.toUpperCase()) && node.parentElement) node = node.parentElement;
  return node;
}

function linkDensity(el: Element, text: string): number {
  const linked = Array.from(el.querySelectorAll('a')).reduce((n, a) => n + fold(a.textContent).length, 0);
  return text.length === 0 ? 0 : linked / text.length;
}

export type Adjacent = { blocks: TextBlock[]; links: PageLink[] };

/**
 * @param articleText the folded text Readability kept, so that nothing is read twice.
 */
export function readAdjacentText(doc: Document, url: string, articleText: string): Adjacent {
  const blocks: TextBlock[] = [];
  const links: PageLink[] = [];
  const seen = new Set<string>();
  const body = doc.body;
  if (!body) return { blocks, links };

  for (const el of ownTextElements(body)) {
    if (blocks.length >= MAX_ADJACENT_BLOCKS) break;
    const text = fold(el.textContent);
    if (text.length < 2 || text.length > MAX_NOTICE_CHARS || seen.has(text) || articleText.includes(text)) continue;
    const where = context(el);
    if (where === 'skip') continue;
    const kind = classify(el, text);
    const labelled = kind === 'editors-note' || kind === 'source-line';
    if (where === 'furniture' && !labelled) continue;
    if (!labelled && linkDensity(el, text) > MAX_LINK_DENSITY) continue;
    if (el.tagName === 'H1' || el.tagName === 'TITLE') continue;
    seen.add(text);
    blocks.push({ kind, text: clip(text) });
    if (kind === 'source-line') links.push(...linksIn(el, url, 10));
  }
  return { blocks, links };
}
