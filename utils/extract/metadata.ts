/** Article metadata from JSON-LD, Open Graph, meta tags, rel=canonical and <time>. */
import type { ArticleMetadata } from '../extracted-article';
import { clip, fold } from './text';

/** JSON-LD types that declare a page to be an article. */
/** Page types that are listings, shops or profiles: pages about many things, or about no claim. */
const NON_ARTICLE_SCHEMA_TYPES = new Set(['SearchResultsPage', 'CollectionPage', 'ItemList', 'Product', 'ProductGroup', 'ProfilePage', 'CheckoutPage', 'ContactPage', 'Store', 'Event']);

export const ARTICLE_SCHEMA_TYPES = new Set([
  'Article',
  'NewsArticle',
  'BlogPosting',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'ReviewNewsArticle',
  'BackgroundNewsArticle',
  'ScholarlyArticle',
  'TechArticle',
  'Report',
  'LiveBlogPosting',
]);

/** A page can carry dozens of JSON-LD scripts; reading more than this only costs time. */
const MAX_JSON_LD_SCRIPTS = 20;
const MAX_JSON_LD_CHARS = 200_000;

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return fold(value) || undefined;
  if (isObject(value)) return text(value.name ?? value['@value'] ?? value.url ?? value['@id']);
  return undefined;
}

function typesOf(node: JsonObject): string[] {
  return asArray(node['@type']).filter((t): t is string => typeof t === 'string');
}

/** Flattens @graph containers and top-level arrays into the list of JSON-LD nodes. */
function jsonLdNodes(doc: Document): JsonObject[] {
  const nodes: JsonObject[] = [];
  const scripts = Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, MAX_JSON_LD_SCRIPTS);
  for (const script of scripts) {
    const raw = script.textContent ?? '';
    if (raw.length > MAX_JSON_LD_CHARS) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      continue;
    }
    const queue = asArray(parsed);
    while (queue.length > 0 && nodes.length < 200) {
      const item = queue.shift();
      if (!isObject(item)) continue;
      nodes.push(item);
      queue.push(...asArray(item['@graph']));
    }
  }
  return nodes;
}

function metaContent(doc: Document, selector: string): string | undefined {
  return fold(doc.querySelector(selector)?.getAttribute('content')) || undefined;
}

function absolute(href: string | null | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}

export function readMetadata(doc: Document, url: string): ArticleMetadata {
  const nodes = jsonLdNodes(doc);
  const schemaTypes = [...new Set(nodes.flatMap(typesOf))];
  const articleNode = nodes.find((n) => typesOf(n).some((t) => ARTICLE_SCHEMA_TYPES.has(t)));

  // @graph pages give the author and publisher as {"@id": …}: the name is on the node with that id.
  const nameOf = (value: unknown): string | undefined => {
    const node = isObject(value) && !value.name ? nodes.find((n) => n['@id'] !== undefined && n['@id'] === value['@id']) : undefined;
    const name = text(node ?? value);
    // An address is not a name.
    return name && !/^https?:\/\//i.test(name) ? name : undefined;
  };
  const authors = new Set<string>();
  for (const author of asArray(articleNode?.author)) {
    const name = nameOf(author);
    if (name) authors.add(clip(name, 200));
  }
  const publisher = nameOf(articleNode?.publisher);
  const metaAuthor = metaContent(doc, 'meta[name="author"]');
  if (authors.size === 0 && metaAuthor) {
    for (const name of metaAuthor.split(/\s*(?:,|\band\b|&)\s*/)) if (name) authors.add(name);
  }

  const isBasedOn = asArray(articleNode?.isBasedOn ?? articleNode?.isBasedOnUrl)
    .map(text)
    .filter((v): v is string => Boolean(v));

  const time = doc.querySelector('time[datetime]')?.getAttribute('datetime');
  const canonical = absolute(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), url);

  return {
    title: text(articleNode?.headline) ?? metaContent(doc, 'meta[property="og:title"]') ?? (fold(doc.title) || undefined),
    authors: [...authors],
    siteName: publisher ?? metaContent(doc, 'meta[property="og:site_name"]'),
    published:
      text(articleNode?.datePublished) ??
      metaContent(doc, 'meta[property="article:published_time"]') ??
      (fold(time) || undefined),
    lang: fold(doc.documentElement.getAttribute('lang')) || text(articleNode?.inLanguage) || undefined,
    canonicalUrl: canonical ?? absolute(metaContent(doc, 'meta[property="og:url"]'), url),
    schemaTypes,
    isBasedOn,
    publisher,
  };
}

export function declaresArticle(doc: Document, meta: ArticleMetadata): boolean {
  if (meta.schemaTypes.some((t) => ARTICLE_SCHEMA_TYPES.has(t))) return true;
  return metaContent(doc, 'meta[property="og:type"]')?.toLowerCase() === 'article';
}

/**
 * A page that names its own type, and names something other than an article (a product, a
 * profile, a video). "website" is not such a type: many newsrooms' templates give it to every
 * page, articles included, so it leaves the decision to the page's text.
 */
export function declaresNonArticle(doc: Document, meta: ArticleMetadata): boolean {
  if (meta.schemaTypes.some((t) => NON_ARTICLE_SCHEMA_TYPES.has(t))) return true;
  const ogType = metaContent(doc, 'meta[property="og:type"]')?.toLowerCase();
  return ogType !== undefined && ogType !== 'article' && ogType !== 'website';
}
