/**
 * What the content script (or the command line) reads off a page: the article, its metadata
 * and the text around it. It crosses from the page to the background, so it is plain data
 * and is validated on arrival (utils/messages.ts).
 */

/**
 * Where a block of text was found; the analysis reads every kind, the popup names them. A
 * `quote` is a block quotation inside the article: someone else's words, not the page's voice.
 */
export const BLOCK_KINDS = ['body', 'quote', 'notice', 'editors-note', 'source-line', 'credit', 'caption', 'byline'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

export type TextBlock = { kind: BlockKind; text: string };

export type PageLink = { text: string; href: string };

export type ArticleMetadata = {
  title?: string;
  /** Author names from JSON-LD, meta author or the visible byline, in that order of trust. */
  authors: string[];
  /** The visible byline as printed ("By Jane Okafor, Reuters"). */
  byline?: string;
  siteName?: string;
  published?: string;
  lang?: string;
  canonicalUrl?: string;
  /** JSON-LD/schema.org types seen on the page (NewsArticle, BlogPosting …). */
  schemaTypes: string[];
  /** schema.org isBasedOn / sameAs-style claims of an original. */
  isBasedOn: string[];
  publisher?: string;
};

export type ExtractedArticle = {
  url: string;
  isArticle: boolean;
  meta: ArticleMetadata;
  /** Article text blocks in reading order, then the text around the article. */
  blocks: TextBlock[];
  links: PageLink[];
  extractMs: number;
};
