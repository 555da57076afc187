/**
 * The popup's side of "Show in page": asks the tab's content script to highlight a report
 * excerpt (or to take the highlights away) and remembers which item of the report is shown, so
 * that item offers "Hide highlights". A second "Show in page" replaces the first, in the page and here.
 */
import { browser } from 'wxt/browser';
import { parseShowInPageReply, type PopupToContent, type ShowInPageReply } from '../utils/messages';
import { SHOW_IN_PAGE_LIMITS } from '../utils/page/popup-message';
import { tabIdFromAddress } from './useActiveReport';

/** What the page said, or `unreachable`: no content script answered (the page predates the extension, or is not http). */
export type ShowResult = ShowInPageReply['found'] | 'unreachable';

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Only the top frame's content script reads the article, so only it is asked. */
async function send(tabId: number, request: PopupToContent): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, request, { frameId: 0 });
}

export async function showInPage(tabId: number, excerpt: string, note: string): Promise<ShowResult> {
  const request: PopupToContent = {
    type: 'popup:show-in-page',
    // Excerpts are sentences of at most 5,000 characters (the extraction's block limit); a note
    // longer than its bound is cut, not refused.
    excerpt: excerpt.slice(0, SHOW_IN_PAGE_LIMITS.excerpt),
    note: clip(note, SHOW_IN_PAGE_LIMITS.note),
  };
  const reply = parseShowInPageReply(await send(tabId, request).catch(() => null));
  if (!reply) return 'unreachable';
  // The report opened in a tab of its own: bring the article's tab forward to show it.
  if (reply.found !== 'none' && tabIdFromAddress() !== null) await browser.tabs.update(tabId, { active: true }).catch(() => undefined);
  return reply.found;
}

export async function clearHighlights(tabId: number): Promise<void> {
  await send(tabId, { type: 'popup:clear-highlights' }).catch(() => undefined);
}

/** Which report item is highlighted in the page now, if any: one for the whole popup. */
let shownId: string | null = null;
const listeners = new Set<() => void>();

export const shownInPage = {
  get: (): string | null => shownId,
  set(id: string | null): void {
    shownId = id;
    for (const listener of listeners) listener();
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
