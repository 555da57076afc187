/**
 * Reads the page and sends one message; on the popup's request, shows a report excerpt in the
 * page (utils/page/highlight.ts). No React, no Dexie, no zod, no analysis here: IndexedDB opened
 * from a content script would be the visited site's storage, and every page pays for this file.
 */
import { browser, type Browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractArticle } from '../utils/extract';
import type { BackgroundToContent, ContentToBackground, ShowInPageReply } from '../utils/messages';
import { clearHighlights, showInPage } from '../utils/page/highlight';
import { parsePopupToContent } from '../utils/page/popup-message';

/** A single-page site swaps its content after the URL changes; give it this long to settle. */
const SPA_SETTLE_MS = 1_500;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    let lastRead = '';
    const read = () => {
      lastRead = location.href;
      let message: ContentToBackground;
      try {
        message = { type: 'content:page-read', article: extractArticle(document, location.href) };
      } catch (error) {
        console.warn('Sourcecheck could not read this page', error);
        return;
      }
      // The worker may be starting up or the extension reloading; the next page read will try again.
      browser.runtime.sendMessage(message).catch(() => undefined);
    };

    const extensionPage = browser.runtime.getURL('/');
    const onMessage = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: unknown) => void) => {
      if (sender.id !== browser.runtime.id) return;
      const request = message as Partial<BackgroundToContent> | null;
      if (request?.type === 'background:read-again' && request.url === location.href && request.url !== lastRead) {
        ctx.setTimeout(read, SPA_SETTLE_MS);
        return;
      }
      // "Show in page" comes from the popup or the report opened in a tab: one of our own pages,
      // never a content script (whose sender is the web page it runs in).
      if (!sender.url?.startsWith(extensionPage)) return;
      const popup = parsePopupToContent(message);
      if (popup?.type === 'popup:show-in-page') {
        const reply: ShowInPageReply = { found: showInPage(document, popup.excerpt, popup.note) };
        sendResponse(reply);
      } else if (popup?.type === 'popup:clear-highlights') {
        clearHighlights();
        sendResponse({ cleared: true });
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      clearHighlights();
    });
    read();
  },
});
