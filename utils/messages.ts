/**
 * The messages between the extension's parts, named by direction, validated on arrival:
 * a content script runs beside the page's own code, so nothing it sends is trusted unchecked.
 */
import { z } from 'zod';
import { BLOCK_KINDS } from './extracted-article';
import type { ExtractedArticle } from './extracted-article';
import { SHOW_IN_PAGE_LIMITS } from './page/popup-message';

/** Bounds that no real article reaches; a message beyond them is refused, not truncated. */
const LIMITS = { blocks: 2_000, links: 2_000, text: 5_000, url: 2_048, short: 500, list: 50 } as const;

const short = z.string().max(LIMITS.short);
const httpUrl = z.string().max(LIMITS.url).regex(/^https?:\/\//);

const extractedArticle = z.object({
  url: httpUrl,
  isArticle: z.boolean(),
  meta: z.object({
    title: short.optional(),
    authors: z.array(short).max(LIMITS.list),
    byline: short.optional(),
    siteName: short.optional(),
    published: short.optional(),
    lang: short.optional(),
    canonicalUrl: httpUrl.optional(),
    schemaTypes: z.array(short).max(LIMITS.list),
    isBasedOn: z.array(z.string().max(LIMITS.url)).max(LIMITS.list),
    publisher: short.optional(),
  }),
  blocks: z.array(z.object({ kind: z.enum(BLOCK_KINDS), text: z.string().max(LIMITS.text) })).max(LIMITS.blocks),
  links: z.array(z.object({ text: short, href: z.string().max(LIMITS.url) })).max(LIMITS.links),
  extractMs: z.number().nonnegative(),
}) satisfies z.ZodType<ExtractedArticle>;

/** Content script → background: the page was read (an article or not). */
export const contentToBackground = z.object({
  type: z.literal('content:page-read'),
  article: extractedArticle,
});
export type ContentToBackground = z.infer<typeof contentToBackground>;

/** Background → content script: the tab now shows `url`; read it if it is not what was read last (a single-page site). */
export type BackgroundToContent = { type: 'background:read-again'; url: string };

/**
 * Popup → background: the user changed My sources from the report of this tab; check the page
 * again with what was read from it, so the report and the badge show the change at once.
 */
export const popupToBackground = z.object({
  type: z.literal('popup:check-again'),
  tabId: z.number().int().nonnegative(),
});
export type PopupToBackground = z.infer<typeof popupToBackground>;

/**
 * Popup → content script (`browser.tabs.sendMessage` to the report's tab): show a report excerpt
 * in the page with `note` saying why, or take the highlights away. The content script accepts it
 * only from the extension's own pages and checks it with `parsePopupToContent`
 * (utils/page/popup-message.ts), this schema's zod-free twin.
 */
export const popupToContent = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('popup:show-in-page'),
    excerpt: z.string().min(1).max(SHOW_IN_PAGE_LIMITS.excerpt),
    note: z.string().max(SHOW_IN_PAGE_LIMITS.note),
  }),
  z.object({ type: z.literal('popup:clear-highlights') }),
]);
export type PopupToContent = z.infer<typeof popupToContent>;

/** Content script → popup, the reply to `popup:show-in-page`: all of the excerpt, only its start, or nothing was found. */
export const showInPageReply = z.object({ found: z.enum(['whole', 'prefix', 'none']) });
export type ShowInPageReply = z.infer<typeof showInPageReply>;

export function parseShowInPageReply(reply: unknown): ShowInPageReply | null {
  const parsed = showInPageReply.safeParse(reply);
  return parsed.success ? parsed.data : null;
}

export function parsePopupMessage(message: unknown): PopupToBackground | null {
  const parsed = popupToBackground.safeParse(message);
  return parsed.success ? parsed.data : null;
}

export function parseContentMessage(message: unknown): ContentToBackground | null {
  const parsed = contentToBackground.safeParse(message);
  return parsed.success ? parsed.data : null;
}
